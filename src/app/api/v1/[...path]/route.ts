// Any /api/v1 path without its own route: a problem+json 404, never an HTML page.
import { AppError, withProblems } from "@/lib/http";

const notFound = withProblems(async () => {
  throw new AppError("not_found", "There is no such endpoint.");
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
