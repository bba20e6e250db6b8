import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a driver adapter's unreachable database inside Prisma's error", () => {
    const error = new Prisma.PrismaClientKnownRequestError("DatabaseNotReachable", {
      code: "P2010",
      clientVersion: "7",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
    });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises connection codes from Prisma, PostgreSQL and sockets, also as a cause", () => {
    for (const code of ["P1001", "P2024", "57P01", "57P03", "08006", "ECONNREFUSED"]) {
      expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code })), code).toBe(true);
    }
    const wrapped = new Error("query failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
      }),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves every other error alone", () => {
    const unique = new Prisma.PrismaClientKnownRequestError("Unique", {
      code: "P2002",
      clientVersion: "7",
    });
    for (const error of [
      unique,
      new Error("boom"),
      Object.assign(new Error("syntax"), { code: "42601" }),
      null,
      "DatabaseNotReachable",
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it("does not loop on an error that is its own cause", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
