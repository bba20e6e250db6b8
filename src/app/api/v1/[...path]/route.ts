// Any /api/v1 path without its own route: a problem+json 404, never an HTML page.
import { AppError, withProblems } from "@/lib/http";

const noSuchEndpoint = withProblems(async () => {
  throw new AppError("not_found", "There is no such endpoint.");
});

export const GET = noSuchEndpoint;
export const POST = noSuchEndpoint;
export const PUT = noSuchEndpoint;
export const PATCH = noSuchEndpoint;
export const DELETE = noSuchEndpoint;
