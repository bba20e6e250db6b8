import { getDb } from "@/lib/db";

export interface Health {
  status: "ok" | "degraded";
  database: "ok" | "down";
}

const TIMEOUT_MS = 2_000;

/** Asks the database for one row, within two seconds. */
export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
    ]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "degraded", database: "down" };
  }
}
