import "server-only";
import { roundQrResponse } from "../round-qr";
import { withProblems } from "@/lib/http";

export const roundQr = withProblems(
  async (request: Request, { params }: RouteContext<"/api/v1/rounds/[code]/qr.svg">) => {
    const { code } = await params;
    return roundQrResponse(request, code);
  },
);
