import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/i18n/app-config";
import { setPageLocale } from "@/i18n/page-locale";

/** A staff page's title: "<page> · Staff" (the layout adds "· Belong"). */
export async function staffMetadata(locale: string, key: MessageKey): Promise<Metadata> {
  setPageLocale(locale);
  const t = await getTranslations({ locale });
  // Staff pages are private: keep them out of search engines.
  return { title: `${t(key)} · ${t("staff.areaName")}`, robots: { index: false, follow: false } };
}
