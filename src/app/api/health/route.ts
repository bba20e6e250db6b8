import { checkHealth } from "@/features/health/server";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.database === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
