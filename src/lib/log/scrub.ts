// What of an error or a path may reach a log line. A student's text can hide in an error's
// message (a database error that quotes the value it refused) and a code in a path (a
// classroom's join code), so both are cut down to what an operator needs.

const MESSAGE_MAX = 200;
const FRAMES_MAX = 12;

export interface ScrubbedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: ScrubbedError;
}

/**
 * The first line of a message, cut short. Prisma's validation errors put the query's
 * arguments (the student's text among them) on later lines, and pg puts the refused value in
 * `detail`, which is never read.
 */
export function scrubMessage(message: string): string {
  const first = message.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const line = first.trim();
  return line.length > MESSAGE_MAX ? `${line.slice(0, MESSAGE_MAX)}…` : line;
}

/** An error as a log line may carry it: its type, code, first line and stack frames. */
export function scrubError(error: unknown, depth = 0): ScrubbedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: "(not an Error)" };
  }
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, FRAMES_MAX)
    .map((line) => line.trim());
  return {
    type: error.name,
    message: scrubMessage(error.message),
    ...(typeof code === "string" && code.length <= 40 ? { code } : {}),
    ...(frames.length ? { stack: frames.join("\n") } : {}),
    ...(error.cause !== undefined && depth < 2
      ? { cause: scrubError(error.cause, depth + 1) }
      : {}),
  };
}

// A path segment kept as written: lowercase words (api, v1, survey-responses, qr.svg). Any
// other segment (a join code, a round code, a record id, a token) becomes ":id".
const PLAIN_SEGMENT = /^[a-z][a-z0-9]{0,2}$|^[a-z]+(?:-[a-z]+)*(?:\.[a-z]+)?$/;

/** A request path with its variable parts replaced, never its query string. */
export function scrubPath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (segment === "" || PLAIN_SEGMENT.test(segment) ? segment : ":id"))
    .join("/");
}
