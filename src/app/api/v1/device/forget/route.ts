import { forgetDeviceRoute } from "@/features/privacy/server";

export const dynamic = "force-dynamic";

export const POST = forgetDeviceRoute;
