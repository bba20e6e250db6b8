import "server-only";
import { checkReadiness } from "../check-readiness";

/** 200 when this instance can serve (database, migrations, job runner); 503 with the reason. */
export async function readiness() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
