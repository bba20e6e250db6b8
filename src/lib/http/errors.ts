// The one error type. Server code throws AppError with a stable code; JSON routes turn it
// into RFC 9457 problem+json, pages into a translated message (messages/<locale>/errors.json).
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unsupported_content_type: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  round_not_open: 409,
  round_closed: 409,
  already_answered: 409,
  session_ended: 409,
  /** A student's writing with no school to reach: the page asks for their school's code. */
  school_unknown: 409,
  /** A staff member trying the student screens: the write is answered, never stored. */
  preview_not_stored: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** Dotted path of the field in the request body, e.g. "answers.bu1". */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The one "not found" refusal of a record that does not exist or is another school's. */
export function notFound(what = "record"): AppError {
  return new AppError("not_found", `There is no such ${what}.`);
}
