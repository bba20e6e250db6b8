// A small closed-loop load generator: `connections` workers each run a task back to back for a
// while, recording every call's latency. A workload can run in several slices, interleaved with
// other workloads, so that drifting machine load hits them all alike. No dependency.
import { performance } from "node:perf_hooks";

export interface LoadResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  throughput: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Times one call; a throw or `false` counts as an error. A task may time several calls. */
export type Timer = (call: () => Promise<boolean>) => Promise<boolean>;

export class Workload {
  private readonly latencies: number[] = [];
  private errors = 0;
  private elapsed = 0;

  constructor(
    readonly name: string,
    readonly connections: number,
    private readonly task: (time: Timer) => Promise<unknown>,
  ) {}

  /** Runs the workload for `seconds` more, adding to what earlier slices measured. */
  async run(seconds: number): Promise<void> {
    const time: Timer = async (call) => {
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await call();
      } catch {
        ok = false;
      }
      this.latencies.push(performance.now() - t0);
      if (!ok) this.errors++;
      return ok;
    };
    const started = performance.now();
    const until = started + seconds * 1000;
    const worker = async () => {
      while (performance.now() < until) await this.task(time);
    };
    await Promise.all(Array.from({ length: this.connections }, worker));
    this.elapsed += (performance.now() - started) / 1000;
  }

  result(): LoadResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      name: this.name,
      connections: this.connections,
      seconds: this.elapsed,
      requests: sorted.length,
      errors: this.errors,
      throughput: sorted.length / Math.max(this.elapsed, 1e-9),
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      p99: percentile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? 0,
    };
  }
}

/** Runs the workloads in turn, `slices` times each, `seconds` in total per workload. */
export async function interleave(
  workloads: readonly Workload[],
  { seconds, slices }: { seconds: number; slices: number },
): Promise<LoadResult[]> {
  for (let i = 0; i < slices; i++) {
    for (const workload of workloads) await workload.run(seconds / slices);
  }
  return workloads.map((w) => w.result());
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** The results as a Markdown table, for the terminal and BENCHMARKS.md. */
export function resultTable(results: readonly LoadResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.connections} | ${r.requests} | ${r.errors} | ${r.throughput.toFixed(0)} | ` +
      `${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} |`,
  );
  return [
    "| workload | connections | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}
