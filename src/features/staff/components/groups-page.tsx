import { getFormatter, getTranslations } from "next-intl/server";
import { Card, LinkButton } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import { can, PageHeading, StaffPage } from "@/features/access";
import type { GroupView } from "../server/groups/group-scope";
import { listGroups } from "../server/groups/list-groups";
import { requireStaff } from "@/features/access/server";

const NOTICES = ["created"] as const;

export async function GroupsPage({ locale, notice }: { locale: string; notice?: string }) {
  const ctx = await requireStaff(locale, "groups:read", `/${locale}/staff/groups`);
  const t = await getTranslations("staffGroups");
  const canWrite = can(ctx.role, "groups:write");
  const groups = await listGroups(ctx);
  const active = groups.filter((g) => !g.archived);
  const archived = groups.filter((g) => g.archived);
  const shownNotice = NOTICES.find((n) => n === notice);
  return (
    <StaffPage>
      <PageHeading
        title={t("title")}
        intro={canWrite ? t("intro") : t("teacherIntro")}
        action={canWrite ? <LinkButton href="/staff/groups/new">{t("new")}</LinkButton> : null}
      />
      {shownNotice ? (
        <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold">
          {t(`notices.${shownNotice}`)}
        </p>
      ) : null}
      {active.length === 0 ? (
        <p className="text-muted">{canWrite ? t("empty") : t("teacherEmpty")}</p>
      ) : (
        <GroupList groups={active} linked={canWrite} heading="h2" />
      )}
      {archived.length > 0 ? (
        <section aria-labelledby="archived-groups" className="flex flex-col gap-4">
          <h2 id="archived-groups" className="text-2xl font-bold">
            {t("archivedTitle")}
          </h2>
          <GroupList groups={archived} linked={canWrite} heading="h3" />
        </section>
      ) : null}
    </StaffPage>
  );
}

async function GroupList({
  groups,
  linked,
  heading: Heading,
}: {
  groups: GroupView[];
  linked: boolean;
  /** The level of each group's name under the page's headings. */
  heading: "h2" | "h3";
}) {
  const t = await getTranslations("staffGroups");
  const format = await getFormatter();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <li key={group.id}>
          <Card className="flex h-full flex-col gap-3">
            <Heading className="text-xl font-bold">
              {linked ? (
                <Link
                  href={`/staff/groups/${group.id}`}
                  className="text-brand"
                  aria-label={t("edit", { name: group.name })}
                >
                  {group.name}
                </Link>
              ) : (
                group.name
              )}
            </Heading>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {group.programme ? (
                <>
                  <dt className="font-bold">{t("columns.programme")}</dt>
                  <dd>{group.programme}</dd>
                </>
              ) : null}
              {group.startDate ? (
                <>
                  <dt className="font-bold">{t("columns.startDate")}</dt>
                  <dd>
                    {format.dateTime(new Date(group.startDate), {
                      dateStyle: "medium",
                      timeZone: "UTC",
                    })}
                  </dd>
                </>
              ) : null}
              {group.expectedSize !== null ? (
                <>
                  <dt className="font-bold">{t("columns.expectedSize")}</dt>
                  <dd>{group.expectedSize}</dd>
                </>
              ) : null}
              <dt className="font-bold">{t("columns.teachers")}</dt>
              <dd className="break-words">
                {group.teachers.length
                  ? group.teachers.map((teacher) => teacher.name ?? teacher.email).join(", ")
                  : t("noTeachers")}
              </dd>
            </dl>
          </Card>
        </li>
      ))}
    </ul>
  );
}
