// What the database benchmarks share: a median of repeated runs after a warm-up, and a staff
// session cookie made as next-auth makes it, so a page can be timed signed in over HTTP.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import { startStaffSession } from "@/features/access/server/auth/staff-sessions";

export interface Timing {
  label: string;
  median: number;
  min: number;
  max: number;
}

/** `runs` timed runs after one warm-up (plans and caches, as on a page already in use). */
export async function timeRuns(
  label: string,
  runs: number,
  run: () => Promise<unknown>,
): Promise<Timing> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return { label, median, min: samples[0] ?? 0, max: samples[samples.length - 1] ?? 0 };
}

/** A fresh AUTH_SECRET for the app under test and a signed-in cookie for `userId` under it. */
export async function staffSessionCookie(
  userId: string,
): Promise<{ secret: string; cookie: string }> {
  const secret = randomBytes(32).toString("base64url");
  const sid = await startStaffSession(userId, 3600);
  const salt = "authjs.session-token";
  return {
    secret,
    cookie: `${salt}=${await encode({ token: { sub: userId, sid }, secret, salt })}`,
  };
}
