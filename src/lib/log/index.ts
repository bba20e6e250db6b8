export {
  logger,
  currentRequestId,
  runWithRequestId,
  setLogDestination,
  type Logger,
} from "./logger";
export { withRequestLog, requestLogger } from "./request";
export { REQUEST_ID_HEADER, newRequestId, requestIdOf } from "./request-id";
export { scrubError, scrubMessage, scrubPath, type ScrubbedError } from "./scrub";
export {
  reportError,
  setErrorReporter,
  type ErrorReport,
  type ErrorReporter,
} from "./error-reporter";
