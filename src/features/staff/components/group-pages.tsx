import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import { getGroup } from "../server/groups/get-group";
import { listStaffMembers } from "../server/groups/list-staff-members";
import { orNotFound, requireStaff } from "@/features/access/server";
import { ArchiveForm, GroupDetailsForm, TeachersForm } from "./group-forms";
import { PageHeading, StaffPage } from "@/features/access";

async function BackLink() {
  const t = await getTranslations("staffGroups");
  return (
    <Link href="/staff/groups" className="self-start font-bold text-brand">
      ← {t("backToList")}
    </Link>
  );
}

export async function NewGroupPage({ locale }: { locale: string }) {
  await requireStaff(locale, "groups:write", `/${locale}/staff/groups/new`);
  const t = await getTranslations("staffGroups");
  return (
    <StaffPage>
      <BackLink />
      <PageHeading title={t("createTitle")} />
      <Card className="max-w-2xl">
        <GroupDetailsForm />
      </Card>
    </StaffPage>
  );
}

export async function GroupPage({ locale, groupId }: { locale: string; groupId: string }) {
  const ctx = await requireStaff(locale, "groups:write", `/${locale}/staff/groups/${groupId}`);
  const group = await orNotFound(getGroup(ctx, groupId));
  const staff = await listStaffMembers(ctx);
  const t = await getTranslations("staffGroups");
  return (
    <StaffPage>
      <BackLink />
      <PageHeading
        title={t("editTitle", { name: group.name })}
        intro={group.archived ? t("archivedBadge") : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="mb-4 text-xl font-bold">{t("detailsTitle")}</h2>
          <GroupDetailsForm group={group} />
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-1 text-xl font-bold">{t("teachersTitle")}</h2>
            <p className="mb-4 text-muted">{t("teachersIntro")}</p>
            <TeachersForm group={group} staff={staff} />
          </Card>
          <Card>
            <h2 className="mb-3 text-xl font-bold">{t("archiveTitle")}</h2>
            <ArchiveForm group={group} />
          </Card>
        </div>
      </div>
    </StaffPage>
  );
}
