import { roundQrResponse } from "@/features/survey/server";
import { withProblems } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withProblems(
  async (request: Request, { params }: RouteContext<"/api/v1/rounds/[code]/qr.svg">) => {
    const { code } = await params;
    return roundQrResponse(request, code);
  },
);
