import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { requireStaff } from "../server/require-staff";
import { getSettings } from "../server/settings/get-settings";
import { SettingsForm } from "./settings-form";
import { PageHeading, StaffPage } from "./staff-page";

export async function SettingsPage({ locale }: { locale: string }) {
  const ctx = await requireStaff(locale, "settings:manage", `/${locale}/staff/settings`);
  const settings = await getSettings(ctx);
  const t = await getTranslations("staffSettings");
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro", { institution: settings.name })} />
      <Card className="max-w-3xl">
        <SettingsForm settings={settings} />
      </Card>
    </StaffPage>
  );
}
