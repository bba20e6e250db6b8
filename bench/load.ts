// A small closed-loop load generator: `connections` workers each run `task` back to back for
// `seconds`, recording every call's latency. Enough for same-run comparisons; no dependency.
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

export async function runLoad(
  name: string,
  { connections, seconds }: { connections: number; seconds: number },
  task: (time: Timer) => Promise<unknown>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const time: Timer = async (call) => {
    const t0 = performance.now();
    let ok = false;
    try {
      ok = await call();
    } catch {
      ok = false;
    }
    latencies.push(performance.now() - t0);
    if (!ok) errors++;
    return ok;
  };
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) await task(time);
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    connections,
    seconds: elapsed,
    requests: latencies.length,
    errors,
    throughput: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p90: percentile(latencies, 0.9),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? 0,
  };
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
