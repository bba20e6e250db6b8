// Next's onRequestError (src/instrumentation.ts): an error thrown while rendering a page, in a
// server action or in a route handler that did not catch it. Logged as one scrubbed line with
// the request's id, and handed to the error reporter when one is set.
import { reportError } from "./error-reporter";
import { logger } from "./logger";
import { requestIdOf } from "./request-id";
import { scrubError } from "./scrub";

interface ErroredRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

interface ErrorContext {
  routerKind: string;
  /** The route's pattern, e.g. /[locale]/s/[code]: no code, no query. */
  routePath: string;
  routeType: string;
}

export function logRequestError(error: unknown, request: ErroredRequest, context: ErrorContext) {
  const reqId = requestIdOf({
    get: (name) => {
      const value = request.headers[name];
      return typeof value === "string" ? value : null;
    },
  });
  const scrubbed = scrubError(error);
  const digest = (error as { digest?: unknown } | null)?.digest;
  logger().error(
    {
      reqId,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      err: error,
      ...(typeof digest === "string" ? { digest } : {}),
    },
    "request error",
  );
  reportError({ reqId, where: `${context.routeType} ${context.routePath}`, error: scrubbed });
}
