import "server-only";
import { clientKey, enforceRateLimit, RATE_LIMITS, readJson, withProblems } from "@/lib/http";
import { logger } from "@/lib/log";
import { clearDeviceCookie, currentDeviceKey } from "@/lib/participant";
import { forgetDeviceSchema } from "../schemas";
import { forgetDevice } from "./forget-device";

/**
 * POST /api/v1/device/forget with {"confirm": true}: deletes what this browser's device cookie
 * links to and clears the cookie. Always 200 for a confirmed request, also without a cookie
 * or when run again, so a retry after a lost answer is safe.
 */
export const forgetDeviceRoute = withProblems(async (request: Request) => {
  await enforceRateLimit(RATE_LIMITS.forgetDevice, clientKey(request));
  await readJson(request, forgetDeviceSchema, { maxBytes: 1024 });
  const result = await forgetDevice(await currentDeviceKey());
  await clearDeviceCookie();
  // Counts only: nothing that could tie the line to the device.
  logger().info(
    {
      participantsDeleted: result.participantsDeleted,
      responsesDeleted: result.responsesDeleted,
      responsesUnlinked: result.responsesUnlinked,
      reflectionsDeleted: result.reflectionsDeleted,
    },
    "device forgotten",
  );
  return Response.json(result, { headers: { "cache-control": "no-store" } });
});
