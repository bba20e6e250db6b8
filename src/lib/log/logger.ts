// Belong's server log: one JSON object per line on standard output (pino), at LOG_LEVEL.
// Every line written while a request is handled carries that request's `reqId`. Nothing a
// student wrote, no cookie, token or IP address may reach a line: callers log ids, counts and
// scrubbed errors only, and the paths below are censored as a second line of defence.
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";
import { scrubError } from "./scrub";

export type { Logger };

const requestScope = new AsyncLocalStorage<{ reqId: string }>();

const SECRET_KEYS = [
  "text",
  "originalText",
  "answers",
  "body",
  "headers",
  "cookie",
  "cookies",
  "authorization",
  "token",
  "password",
  "ip",
  "email",
];

let root: Logger | undefined;
let destination: DestinationStream | undefined;

function defaultLevel(): string {
  const { LOG_LEVEL, NODE_ENV } = env();
  if (LOG_LEVEL) return LOG_LEVEL;
  return NODE_ENV === "production" ? "info" : NODE_ENV === "test" ? "silent" : "debug";
}

function createLogger(level: string, to?: DestinationStream): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: scrubError },
      redact: {
        paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`]),
        censor: "[redacted]",
      },
      mixin() {
        const scope = requestScope.getStore();
        return scope ? { reqId: scope.reqId } : {};
      },
    },
    to ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The process's logger; inside a request, each line gets the request's reqId. */
export function logger(): Logger {
  root ??= createLogger(defaultLevel(), destination);
  return root;
}

/** Runs `work` as part of the request `reqId`: its log lines carry that id. */
export function runWithRequestId<T>(reqId: string, work: () => T): T {
  return requestScope.run({ reqId }, work);
}

/** The reqId of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.reqId;
}

/** Tests: write the log to `to` at `level` (undefined: back to stdout at LOG_LEVEL). */
export function setLogDestination(to: DestinationStream | undefined, level?: string): void {
  destination = to;
  root = createLogger(level ?? defaultLevel(), to);
}
