// The one database client. It picks the adapter: PostgreSQL through @prisma/adapter-pg when
// DATABASE_URL is set, the embedded PGlite otherwise. Nothing else knows which one runs.
// The client is cached on globalThis in every environment: `next start` may evaluate this
// module twice in one process, which must not open the embedded folder twice.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { openEmbedded } from "./embedded";

export type Db = PrismaClient;

/** Receives the payloads of NOTIFYs on a channel; `onLost` says the listening connection broke. */
export interface Listening {
  onNotify(payload: string): void;
  onLost(error: unknown): void;
}

export interface DbHandle {
  prisma: PrismaClient;
  /** The embedded instance, when the embedded database runs. */
  pglite?: PGlite;
  /** LISTENs on a channel until the returned function is called (src/lib/events uses it). */
  listen(channel: string, listening: Listening): Promise<() => Promise<void>>;
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
    // The embedded database is in this process: a NOTIFY sent through Prisma reaches it.
    listen: (channel, listening) => pg.listen(channel, listening.onNotify),
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
  return {
    prisma,
    listen: (channel, l) => listenPostgres(connectionString, channel, l),
    close: () => prisma.$disconnect(),
  };
}

/** A dedicated connection that LISTENs: pooled connections cannot hold a LISTEN. */
async function listenPostgres(
  connectionString: string,
  channel: string,
  listening: Listening,
): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000 });
  let closing = false;
  const lost = (error: unknown) => {
    if (closing) return;
    closing = true;
    client.end().catch(() => undefined);
    listening.onLost(error);
  };
  client.on("notification", (message) => {
    if (message.channel === channel) listening.onNotify(message.payload ?? "");
  });
  client.on("error", lost);
  client.on("end", () => lost(new Error("the listening connection ended")));
  await client.connect();
  await client.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
  return async () => {
    closing = true;
    await client.end().catch(() => undefined);
  };
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
