import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { appOrigin } from "@/lib/env";
import { requireStaff } from "@/features/access/server";
import { getSettings } from "../server/settings/get-settings";
import { SettingsForm } from "./settings-form";
import { PageHeading, StaffPage } from "@/features/access";

/** `children`: sections other features add for the school's admins (retention, networks). */
export async function SettingsPage({ locale, children }: { locale: string; children?: ReactNode }) {
  const ctx = await requireStaff(locale, "settings:manage", `/${locale}/staff/settings`);
  const settings = await getSettings(ctx);
  const t = await getTranslations("staffSettings");
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro", { institution: settings.name })} />
      <Card className="max-w-3xl">
        <SettingsForm settings={settings} />
      </Card>
      <Card className="flex max-w-3xl flex-col gap-2">
        <h2 className="text-xl font-bold">{t("schoolCode.title")}</h2>
        <p>{t("schoolCode.text")}</p>
        <p className="text-3xl font-bold tracking-widest" data-testid="school-code">
          {settings.schoolCode}
        </p>
        <p className="break-all text-sm">
          {t("schoolCode.link")}{" "}
          <span className="font-mono">{`${appOrigin()}/${locale}/pathway?from=${settings.schoolCode}`}</span>
        </p>
      </Card>
      {children}
    </StaffPage>
  );
}
