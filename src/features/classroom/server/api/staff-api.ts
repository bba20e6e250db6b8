// The teacher's JSON endpoints for a running session (/api/v1/staff/sessions/{id}/...): the
// projector and the notes window move through the steps and end the session with them.
import "server-only";
import { staffRoute } from "@/features/staff";
import { readJson } from "@/lib/http";
import { stepMoveInputSchema } from "../../schemas";
import { endSession } from "../end-session";
import { moveStep } from "../move-step";

type ItemContext = { params: Promise<{ id: string }> };

export const sessionStep = staffRoute(
  "classroom:run",
  async (ctx, request, { params }: ItemContext) => {
    const input = await readJson(request, stepMoveInputSchema);
    const move = "move" in input ? input.move : input.step;
    return Response.json({ state: await moveStep(ctx, (await params).id, move) });
  },
);

export const sessionEnd = staffRoute(
  "classroom:run",
  async (ctx, _request, { params }: ItemContext) =>
    Response.json({ state: await endSession(ctx, (await params).id) }),
);
