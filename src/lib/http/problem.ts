// RFC 9457 problem details for every JSON error. A stack trace never leaves the server.
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logger, withRequestLog } from "@/lib/log";
import { AppError, isAppError, type FieldError } from "./errors";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: `https://belong.vet/problems/${error.code.replaceAll("_", "-")}`,
    title: TITLES[error.status] ?? "Error",
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.options.fields?.length ? { errors: error.options.fields } : {}),
  };
}

export function problemResponse(error: unknown, instance?: string): Response {
  const appError = isAppError(error)
    ? error
    : isDatabaseUnavailable(error)
      ? new AppError(
          "database_unavailable",
          "The service is not available just now. Please try again in a moment.",
          {
            retryAfterSeconds: 5,
          },
        )
      : new AppError("internal", "Something went wrong on our side. Please try again.");
  if (!isAppError(error)) {
    logger().error(
      { err: error },
      isDatabaseUnavailable(error) ? "database unavailable" : "unhandled error",
    );
  }
  const headers = new Headers({
    "content-type": PROBLEM_CONTENT_TYPE,
    "cache-control": "no-store",
  });
  if (appError.options.retryAfterSeconds !== undefined) {
    headers.set("retry-after", String(Math.max(1, Math.ceil(appError.options.retryAfterSeconds))));
  }
  return new Response(JSON.stringify(toProblem(appError, instance)), {
    status: appError.status,
    headers,
  });
}

/** Wraps a route handler: any thrown error becomes problem+json; the request is logged. */
export function withProblems<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return withRequestLog(async (request, ...args) => {
    try {
      return await handler(request, ...args);
    } catch (error) {
      return problemResponse(error, new URL(request.url).pathname);
    }
  });
}
