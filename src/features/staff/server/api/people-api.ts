// GET /api/v1/staff/people/{membershipId}/export: a staff member's personal data at the
// admin's school, as a JSON download. Errors are problem+json (not found for another school's).
import "server-only";
import { membershipIdSchema } from "../../schemas";
import { exportStaffData } from "../personal-data/export-staff-data";
import { staffRoute } from "@/features/access/server";
import { AppError } from "@/lib/http";

type ItemContext = { params: Promise<{ membershipId: string }> };

export const staffDataExport = {
  GET: staffRoute("people:manage", async (ctx, _request, { params }: ItemContext) => {
    const parsed = membershipIdSchema.safeParse({ membershipId: (await params).membershipId });
    if (!parsed.success) throw new AppError("not_found", "There is no such staff member.");
    const data = await exportStaffData(ctx, parsed.data.membershipId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="staff-member-${data.person.id}.json"`,
        "cache-control": "no-store",
      },
    });
  }),
};
