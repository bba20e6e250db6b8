// The id that ties together every log line of one request. Kept free of the logger itself so
// the proxy, which runs before every page, only pays for a random id.
export const REQUEST_ID_HEADER = "x-request-id";

// What an id from outside (a reverse proxy's, or the proxy's below) may look like: short,
// plain characters only, so nobody can write text into the logs through this header.
const REQUEST_ID_SHAPE = /^[\w.:-]{8,64}$/;

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The request's id when a trusted shape was given, else a new one. */
export function requestIdOf(headers: Pick<Headers, "get">): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && REQUEST_ID_SHAPE.test(given) ? given : newRequestId();
}
