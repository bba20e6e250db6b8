// SQL runners for migrations: a single connection each, since a migration's BEGIN, its
// statements and COMMIT must share one session.
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { SqlRunner } from "./migrations";

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
  };
}

/** Opens one PostgreSQL connection as a runner; call end() when done. */
export async function postgresRunner(
  connectionString: string,
): Promise<SqlRunner & { end(): Promise<void> }> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  await client.connect();
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    end: () => client.end(),
  };
}
