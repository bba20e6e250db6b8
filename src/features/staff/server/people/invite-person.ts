import { getDb } from "@/lib/db";
import { requestLogger } from "@/lib/log";
import { appOrigin } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { sendMail } from "@/lib/mail";
import type { Locale } from "@/i18n/locales";
import {
  expiresAfter,
  hashToken,
  INVITATION_LIFETIME_MS,
  newToken,
  composeStaffMail,
  authorize,
  type StaffContext,
} from "@/features/access/server";
import type { InviteInput } from "../../schemas";
import { recordAudit } from "@/features/audit/server";

export interface InvitationSent {
  invitationId: string;
  /** The link in the mail, for the admin to pass on where mail is not delivered. */
  link: string;
  mailSent: boolean;
}

/**
 * Invites someone by email into the caller's institution with a role. The link works once and
 * for seven days; a new invitation to the same address replaces an open one.
 */
export async function invitePerson(
  ctx: StaffContext,
  input: InviteInput,
  locale: Locale,
): Promise<InvitationSent> {
  authorize(ctx, "people:manage");
  const token = newToken();
  const db = await getDb();
  const invitation = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { institutionId: ctx.institutionId, user: { email: input.email } },
      select: { id: true },
    });
    if (member) {
      throw new AppError("conflict", "This person is already a member.", {
        fields: [{ field: "email", message: "alreadyMember" }],
      });
    }
    await tx.invitation.deleteMany({
      where: { institutionId: ctx.institutionId, email: input.email, acceptedAt: null },
    });
    const created = await tx.invitation.create({
      data: {
        institutionId: ctx.institutionId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: ctx.userId,
        expiresAt: expiresAfter(INVITATION_LIFETIME_MS),
      },
      select: { id: true, institution: { select: { name: true } } },
    });
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "invitation_sent",
      targetType: "invitation",
      targetId: created.id,
      details: { email: input.email, role: input.role },
    });
    return created;
  });
  const link = `${appOrigin()}/${locale}/staff/invitation/${token}`;
  let mailSent = true;
  try {
    await sendMail(
      composeStaffMail("invitation", {
        to: input.email,
        locale,
        link,
        values: { institution: invitation.institution.name },
      }),
    );
  } catch (error) {
    // The invitation stands; the admin sees the link and can pass it on themselves.
    (await requestLogger()).error({ err: error }, "could not send an invitation mail");
    mailSent = false;
  }
  return { invitationId: invitation.id, link, mailSent };
}
