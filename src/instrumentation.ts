// Next calls this for every error thrown while handling a request: one scrubbed JSON log line
// with the request's id, and the optional error reporter (src/lib/log).
export { logRequestError as onRequestError } from "@/lib/log/request-error";
