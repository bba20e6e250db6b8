// Reads a JSON request body safely: the content type is checked, the size is capped before
// parsing, and the result is validated with the endpoint's zod schema. Query parameters are
// validated the same way.
import type { z } from "zod";
import { AppError, type FieldError } from "./errors";

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
}

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

/** Parses and validates a JSON body, or throws AppError (400, 413, 422). */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  { maxBytes = DEFAULT_MAX_BODY_BYTES } = {},
): Promise<z.infer<S>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("unsupported_content_type", "Send the body as application/json.");
  }
  const text = await readLimited(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
  return validated(body, schema);
}

/**
 * Validates a URL's query parameters (each taken once, as a string) with the endpoint's zod
 * schema, or throws AppError 422 like a body with invalid fields.
 */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return validated(Object.fromEntries(new URL(request.url).searchParams), schema);
}

function validated<S extends z.ZodType>(input: unknown, schema: S): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = zodFieldErrors(parsed.error);
    throw new AppError(
      "validation_failed",
      `Some fields are not valid: ${fields.map((f) => f.field).join(", ")}.`,
      { fields },
    );
  }
  return parsed.data;
}
