export { publish, subscribe, type LiveSignal, EVENTS_CHANNEL } from "./hub";
export { sseEvent, sseRetry, lastEventIdOf, SSE_HEARTBEAT, SSE_HEADERS } from "./sse";
