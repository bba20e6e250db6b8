export {
  AppError,
  isAppError,
  notFound,
  ERROR_STATUS,
  type ErrorCode,
  type FieldError,
} from "./errors";
export {
  problemResponse,
  toProblem,
  withProblems,
  PROBLEM_CONTENT_TYPE,
  type Problem,
} from "./problem";
export { readJson, readQuery, zodFieldErrors, DEFAULT_MAX_BODY_BYTES } from "./json-body";
export {
  hitRateLimit,
  enforceRateLimit,
  peekRateLimit,
  releaseRateLimit,
  refuseKnownOverLimit,
  type RateLimitRule,
  type RateLimitResult,
} from "./rate-limit";
export { clientKey } from "./client-key";
export { RATE_LIMITS } from "./rate-limit-rules";
export { contentDisposition } from "./content-disposition";
export {
  lookUpCode,
  lookUpCodeForView,
  isTooManyWrongCodes,
  tooManyWrongCodes,
} from "./code-guard";
export { checkGate, gateSql, passGateApart, type GateRow, type WriteGate } from "./write-gate";
