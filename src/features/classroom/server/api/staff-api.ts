// The teacher's JSON endpoints for a running session (/api/v1/staff/sessions/{id}/...): the
// projector and the notes window move through the steps and end the session with them; a
// session can also be started here (scripts and tests do).
import "server-only";
import { staffRoute } from "@/features/access/server";
import { readJson } from "@/lib/http";
import { z } from "zod";
import { stepMoveInputSchema } from "../../schemas";
import { endSession } from "../end-session";
import { moveStep } from "../move-step";
import { startSession } from "../start-session";

/** The body's shape only: startSession checks the stories and the group, naming the field. */
const startSessionBodySchema = z.looseObject({});

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

/** POST /api/v1/staff/sessions: starts a session (the start form does the same as an action). */
export const sessionStart = staffRoute("classroom:run", async (ctx, request) => {
  const input = await readJson(request, startSessionBodySchema);
  const session = await startSession(ctx, input);
  return Response.json(session, { status: 201 });
});
