import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { institutionTimeZone, requireStaff } from "@/features/access/server";
import { listPeople } from "../server/people/list-people";
import { InviteForm, MemberList, RevokeInvitationForm } from "./people-forms";
import { PageHeading, StaffPage } from "@/features/access";

export async function PeoplePage({ locale }: { locale: string }) {
  const ctx = await requireStaff(locale, "people:manage", `/${locale}/staff/people`);
  const { members, invitations } = await listPeople(ctx);
  const timeZone = await institutionTimeZone(ctx);
  const t = await getTranslations("staffPeople");
  const tRoles = await getTranslations("staff.roles");
  const format = await getFormatter();
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("membersTitle")}</h2>
          <MemberList members={members} selfId={ctx.userId} />
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-1 text-xl font-bold">{t("inviteTitle")}</h2>
            <p className="mb-4 text-muted">{t("inviteIntro")}</p>
            <InviteForm />
          </Card>
          <Card>
            <h2 className="mb-2 text-xl font-bold">{t("invitationsTitle")}</h2>
            {invitations.length === 0 ? (
              <p className="text-muted">{t("noInvitations")}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-line">
                {invitations.map((invitation) => (
                  <li
                    key={invitation.id}
                    className="flex flex-wrap items-center justify-between gap-2 py-3"
                  >
                    <div className="min-w-0">
                      <p className="font-bold break-all">{invitation.email}</p>
                      <p className="text-sm text-muted">
                        {tRoles(invitation.role)} ·{" "}
                        {invitation.state === "expired"
                          ? t("expired")
                          : t("expires", {
                              date: format.dateTime(invitation.expiresAt, {
                                dateStyle: "medium",
                                timeZone,
                              }),
                            })}
                      </p>
                    </div>
                    <RevokeInvitationForm invitationId={invitation.id} email={invitation.email} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </StaffPage>
  );
}
