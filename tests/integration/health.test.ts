import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { closeDb, setDbHandle, handleForPostgres } from "@/lib/db/client";

describe("GET /api/health", () => {
  it("answers 200 with the database reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 with database down when the database is unreachable", async () => {
    // A port nothing listens on: the query fails fast.
    setDbHandle(handleForPostgres("postgresql://nobody@127.0.0.1:1/none"));
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: "down" });
    await closeDb();
  });
});
