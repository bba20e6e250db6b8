import "server-only";
import { checkHealth } from "../check-health";

export async function liveness() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.database === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
