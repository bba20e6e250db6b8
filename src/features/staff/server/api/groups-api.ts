// JSON endpoints for groups (/api/v1/staff/groups[/{id}]), for pages and tools of other
// features that pick or show groups. Each declares its permission; errors are problem+json.
import "server-only";
import { readJson } from "@/lib/http";
import { groupPatchSchema, groupSchema } from "../../schemas";
import { createGroup } from "../groups/create-group";
import { getGroup } from "../groups/get-group";
import { listGroups } from "../groups/list-groups";
import { updateGroup } from "../groups/update-group";
import { staffRoute } from "@/features/access/server";

type ItemContext = { params: Promise<{ id: string }> };

export const groupsCollection = {
  GET: staffRoute("groups:read", async (ctx) => Response.json({ groups: await listGroups(ctx) })),
  POST: staffRoute("groups:write", async (ctx, request) => {
    const input = await readJson(request, groupSchema);
    const { id } = await createGroup(ctx, input);
    return Response.json(await getGroup(ctx, id), { status: 201 });
  }),
};

export const groupItem = {
  GET: staffRoute("groups:read", async (ctx, _request, { params }: ItemContext) =>
    Response.json(await getGroup(ctx, (await params).id)),
  ),
  PATCH: staffRoute("groups:write", async (ctx, request, { params }: ItemContext) => {
    const { id } = await params;
    const patch = await readJson(request, groupPatchSchema);
    await updateGroup(ctx, id, patch);
    return Response.json(await getGroup(ctx, id));
  }),
};
