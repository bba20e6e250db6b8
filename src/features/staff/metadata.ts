import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A staff page's title: "<page> · Staff" (the layout adds "· Belong"). */
export async function staffMetadata(locale: string, key: string): Promise<Metadata> {
  const t = await getTranslations({ locale });
  // Staff pages are private: keep them out of search engines.
  return { title: `${t(key)} · ${t("staff.areaName")}`, robots: { index: false, follow: false } };
}
