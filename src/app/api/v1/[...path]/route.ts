// Any /api/v1 path without its own route: a problem+json 404, never an HTML page.
import { AppError, problemResponse } from "@/lib/http";

function notFound(request: Request) {
  return problemResponse(
    new AppError("not_found", "There is no such endpoint."),
    new URL(request.url).pathname,
  );
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
