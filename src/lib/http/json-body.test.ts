import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { readJson } from "./json-body";
import { problemResponse } from "./problem";

const schema = z.object({ text: z.string().min(1) });

function post(body: string, type = "application/json") {
  return new Request("http://x/api/v1/thing", {
    method: "POST",
    body,
    headers: { "content-type": type },
  });
}

async function failure(request: Request): Promise<AppError> {
  try {
    await readJson(request, schema, { maxBytes: 100 });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("readJson", () => {
  it("returns the validated body", async () => {
    await expect(readJson(post('{"text":"hi"}'), schema)).resolves.toEqual({ text: "hi" });
  });

  it("accepts a charset in the content type", async () => {
    await expect(
      readJson(post('{"text":"hi"}', "application/json; charset=utf-8"), schema),
    ).resolves.toEqual({ text: "hi" });
  });

  it("refuses a wrong content type with 400", async () => {
    const error = await failure(post('{"text":"hi"}', "text/plain"));
    expect([error.status, error.code]).toEqual([400, "unsupported_content_type"]);
  });

  it("refuses malformed JSON with 400", async () => {
    const error = await failure(post("{text:"));
    expect([error.status, error.code]).toEqual([400, "invalid_json"]);
  });

  it("refuses a body over the limit with 413, before parsing", async () => {
    const error = await failure(post(JSON.stringify({ text: "x".repeat(200) })));
    expect([error.status, error.code]).toEqual([413, "payload_too_large"]);
  });

  it("names the invalid fields with 422", async () => {
    const error = await failure(post('{"text":""}'));
    expect([error.status, error.code]).toEqual([422, "validation_failed"]);
    expect(error.options.fields?.map((f) => f.field)).toEqual(["text"]);
  });
});

describe("problemResponse", () => {
  it("writes RFC 9457 problem+json with a stable code", async () => {
    const response = problemResponse(
      new AppError("validation_failed", "Bad.", {
        fields: [{ field: "text", message: "Too short" }],
      }),
      "/api/v1/advice",
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "https://belong.vet/problems/validation-failed",
      title: "Unprocessable content",
      status: 422,
      detail: "Bad.",
      code: "validation_failed",
      instance: "/api/v1/advice",
      errors: [{ field: "text", message: "Too short" }],
    });
  });

  it("hides an unexpected error's details behind a 500", async () => {
    const original = console.error;
    console.error = () => {};
    const response = problemResponse(new Error("secret stack detail"));
    console.error = original;
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.code).toBe("internal");
  });

  it("sets Retry-After for rate limits", () => {
    const response = problemResponse(
      new AppError("rate_limited", "Slow down.", { retryAfterSeconds: 2.2 }),
    );
    expect(response.headers.get("retry-after")).toBe("3");
  });
});
