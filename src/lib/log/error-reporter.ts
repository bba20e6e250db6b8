// An optional hook for an error-tracking service (Sentry, GlitchTip, a webhook...). Off by
// default: nothing leaves the server unless an installation sets a reporter (see
// docs/deploy.md). A reporter receives only the scrubbed error, never a request body, a
// header, a cookie or a query string, so no student's text reaches the service.
import type { ScrubbedError } from "./scrub";

export interface ErrorReport {
  /** The request's id, as in the log lines, to find the lines of the same request. */
  reqId?: string;
  /** Where it happened, e.g. "route /api/v1/advice" or "page /[locale]/pathway". */
  where: string;
  error: ScrubbedError;
}

export interface ErrorReporter {
  report(report: ErrorReport): void | Promise<void>;
}

let reporter: ErrorReporter | undefined;

/** Turns error reporting on (a reporter) or off (undefined). */
export function setErrorReporter(next: ErrorReporter | undefined): void {
  reporter = next;
}

/** Hands a report to the reporter, if any; a failing reporter never breaks the request. */
export function reportError(report: ErrorReport): void {
  if (!reporter) return;
  try {
    void Promise.resolve(reporter.report(report)).catch(() => {});
  } catch {
    // The report is lost; the log line already has it.
  }
}
