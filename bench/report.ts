// What every benchmark prints and keeps: the machine it ran on and a JSON file of its figures
// in bench/results/ (not committed).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

export function machine(): string {
  const gb = Math.round(totalmem() / 2 ** 30);
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${gb} GB, Node ${process.version}`;
}

export function writeResult(name: string, figures: object): void {
  const dir = join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}-${Date.now()}.json`), JSON.stringify(figures, null, 2));
}
