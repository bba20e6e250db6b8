// The log side of a request: its id, and one line when a JSON route has answered. Safe to
// import outside Next (scripts, tests): next/headers is loaded only when a page asks.
import { currentRequestId, logger, runWithRequestId, type Logger } from "./logger";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";
import { scrubPath } from "./scrub";

/**
 * Wraps a route handler: it runs under the request's id (taken from a reverse proxy's
 * X-Request-Id when it looks like one), the answer carries that id, and one line records the
 * method, the path with its codes and ids replaced, the status and the time taken. Never the
 * query, a header or the body.
 */
export function withRequestLog<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return (request, ...args) => {
    const reqId = requestIdOf(request.headers);
    return runWithRequestId(reqId, async () => {
      const started = performance.now();
      const response = await handler(request, ...args);
      try {
        response.headers.set(REQUEST_ID_HEADER, reqId);
      } catch {
        // A redirect's headers cannot change; the log line still has the id.
      }
      const line = {
        method: request.method,
        path: scrubPath(new URL(request.url).pathname),
        status: response.status,
        ms: Math.round(performance.now() - started),
      };
      if (response.status >= 500) logger().error(line, "request failed");
      else logger().info(line, "request");
      return response;
    });
  };
}

/**
 * The logger for code that runs in a page or a server action, where no route wrapper set the
 * id: the proxy put it on the request's headers.
 */
export async function requestLogger(): Promise<Logger> {
  if (currentRequestId()) return logger();
  try {
    const { headers } = await import("next/headers");
    return logger().child({ reqId: requestIdOf(await headers()) });
  } catch {
    // Outside a request (a script, a test): lines without a reqId.
    return logger();
  }
}
