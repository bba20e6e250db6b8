import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import { navItemsFor } from "../nav";
import { requireStaff, staffAccess } from "../server/require-staff";
import { PageHeading, StaffPage } from "./staff-page";

/** The staff overview: one card for each page the person's role opens. */
export async function StaffHome({ locale }: { locale: string }) {
  const ctx = await requireStaff(locale, undefined, `/${locale}/staff`);
  const access = await staffAccess();
  const t = await getTranslations("staff");
  const tAll = await getTranslations();
  const user = access.kind === "member" ? access.user : undefined;
  const institution =
    access.kind === "member"
      ? access.memberships.find((m) => m.institutionId === ctx.institutionId)?.institutionName
      : undefined;
  const cards = navItemsFor(ctx).filter((i) => i.href !== "/staff");
  return (
    <StaffPage>
      <PageHeading
        title={t("home.title", { name: user?.name ?? user?.email ?? "" })}
        intro={t("home.intro", { institution: institution ?? "" })}
      />
      <ul className="grid gap-4 sm:grid-cols-2">
        {cards.map((item) => (
          <li key={item.href}>
            <Card className="h-full">
              <h2 className="mb-1 text-xl font-bold">
                <Link href={item.href} className="text-brand">
                  {tAll(item.label)}
                </Link>
              </h2>
              {item.description ? <p className="text-muted">{tAll(item.description)}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
    </StaffPage>
  );
}
