// Every integration test file gets its own fresh, migrated database as the app's database.
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, setDbHandle } from "@/lib/db/client";
import { openTestDatabase } from "./test-database";

let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const db = await openTestDatabase(inject("testDatabase"));
  setDbHandle(db.handle);
  drop = db.drop;
});

afterAll(async () => {
  await closeDb();
  await drop?.();
});
