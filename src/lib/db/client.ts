// The one database client. It picks the adapter: PostgreSQL through @prisma/adapter-pg when
// DATABASE_URL is set, the embedded PGlite otherwise. Nothing else knows which one runs.
// The client is cached on globalThis in every environment: `next start` may evaluate this
// module twice in one process, which must not open the embedded folder twice.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { openEmbedded } from "./embedded";

export type Db = PrismaClient;

export interface DbHandle {
  prisma: PrismaClient;
  /** The embedded instance, when the embedded database runs (for LISTEN/NOTIFY). */
  pglite?: PGlite;
  close(): Promise<void>;
}

const store = globalThis as unknown as { belongDb?: Promise<DbHandle> };

/** Wraps an open PGlite (a folder or in memory). */
export function handleForPglite(pg: PGlite): DbHandle {
  const prisma = new PrismaClient({
    adapter: new PrismaPGlite(pg),
    // PGlite has one connection: interactive transactions queue behind each other.
    transactionOptions: { maxWait: 30_000, timeout: 30_000 },
  });
  return {
    prisma,
    pglite: pg,
    async close() {
      await prisma.$disconnect();
      await pg.close();
    },
  };
}

/** Wraps a PostgreSQL connection string. */
export function handleForPostgres(connectionString: string): DbHandle {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 3_000 }),
  });
  return { prisma, close: () => prisma.$disconnect() };
}

async function open(): Promise<DbHandle> {
  const { DATABASE_URL, BELONG_DATA_DIR, BELONG_EMBEDDED_STORAGE } = env();
  if (DATABASE_URL) return handleForPostgres(DATABASE_URL);
  const pg = await openEmbedded(BELONG_EMBEDDED_STORAGE === "memory" ? "memory" : BELONG_DATA_DIR);
  return handleForPglite(pg);
}

/** The open handle, opened lazily on first use (never at import: `next build` runs workers
 * in separate processes that must not touch the embedded folder). */
export function dbHandle(): Promise<DbHandle> {
  store.belongDb ??= open().catch((error) => {
    store.belongDb = undefined;
    throw error;
  });
  return store.belongDb;
}

/** The Prisma client for this process. */
export async function getDb(): Promise<Db> {
  return (await dbHandle()).prisma;
}

/** Makes an already open handle the process's database (scripts and tests). */
export function setDbHandle(handle: DbHandle): void {
  store.belongDb = Promise.resolve(handle);
}

/** Closes the connection (scripts and tests); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const current = store.belongDb;
  store.belongDb = undefined;
  if (current) await (await current).close();
}
