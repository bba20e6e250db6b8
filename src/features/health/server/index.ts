// The health feature's server entry: liveness (GET /api/health) and readiness (GET /api/ready).
import "server-only";

export { checkHealth } from "./check-health";
export { checkReadiness } from "./check-readiness";
export { readiness } from "./api/ready-api";
export { liveness } from "./api/health-api";
