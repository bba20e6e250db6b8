// The one place that reads process.env. Every setting is validated here once; a bad value
// stops start-up with a message that names the variable and what is expected.
import { z } from "zod";

const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(
      z
        .string()
        .url({ message: `must be ${what}` })
        .optional(),
    )
    .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. Unset: the embedded database (PGlite) in BELONG_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { message: "must start with postgresql:// or postgres://" })
        .optional(),
    )
    .optional(),
  /** Where the embedded database keeps its files (ignored when DATABASE_URL is set). */
  BELONG_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** "memory" runs the embedded database in memory (tests); "folder" keeps it on disk. */
  BELONG_EMBEDDED_STORAGE: z.enum(["folder", "memory"]).default("folder"),
  PORT: z.coerce
    .number({ message: "must be a port number" })
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be between 1 and 65535" })
    .max(65535, { message: "must be between 1 and 65535" })
    .default(3000),
  /** Signs staff sessions and student participant cookies. At least 32 characters. */
  AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters" }).optional(),
  /** The public URL of this installation, used in mails and QR codes. */
  APP_URL: optionalUrl("a URL such as https://belong.example.org"),
  /** smtp(s)://user:pass@host:port; unset: mail is written to the local outbox instead. */
  SMTP_URL: optionalUrl("an smtp:// or smtps:// URL"),
  MAIL_FROM: z.string().default("Belong <no-reply@belong.localhost>"),
  /** Folder of the local outbox (development and tests). */
  MAIL_OUTBOX_DIR: z.string().default(".data/outbox"),
  /**
   * How much the server logs (JSON lines on stdout). Unset: info in production, debug in
   * development, silent in tests.
   */
  LOG_LEVEL: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v.toLowerCase()))
    .pipe(
      z
        .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
          message: "must be one of fatal, error, warn, info, debug, trace, silent",
        })
        .optional(),
    )
    .optional(),
  /**
   * How many proxies of yours stand in front of the app and append to X-Forwarded-For (nginx,
   * a load balancer): 0 (default) uses the connection's own address and ignores the header,
   * 1 trusts the entry the one proxy wrote. Too high a number lets clients choose their address.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "must be a whole number of proxies (0 without a proxy)" })
    .int({ message: "must be a whole number of proxies (0 without a proxy)" })
    .min(0, { message: "must be 0 or more" })
    .max(10, { message: "must be at most 10" })
    .default(0),
  /** Seed the demo institution when the database has none (the embedded default does). */
  BELONG_SEED_DEMO: z.enum(["auto", "yes", "no"]).default("auto"),
  /** Set by Next.js: "phase-production-build" while `next build` runs. */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; exported so tests and scripts can validate one without process.env. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.message}`),
    );
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process (read once). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The embedded database runs when no DATABASE_URL is set. */
export function usesEmbeddedDatabase(): boolean {
  return !env().DATABASE_URL;
}

/** Whether this process is `next build` (or one of its workers): it must not open the database. */
export function isBuildPhase(): boolean {
  return env().NEXT_PHASE === "phase-production-build";
}

// Only for development and tests, where no secret is configured; `npm start` always sets one.
const DEVELOPMENT_SECRET = "belong-development-secret-not-for-production";

/** The secret that signs staff sessions and participant cookies. */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production") throw new EnvError(["AUTH_SECRET must be set in production"]);
  return DEVELOPMENT_SECRET;
}

/**
 * The public origin of this installation, for links in mails: APP_URL, or this machine on
 * PORT. Never taken from a request's Host header, which a client can forge.
 */
export function appOrigin(): string {
  const { APP_URL, PORT } = env();
  return APP_URL ? new URL(APP_URL).origin : `http://localhost:${PORT}`;
}
