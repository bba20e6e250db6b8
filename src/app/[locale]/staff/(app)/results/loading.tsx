import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/layout/page-skeleton";

// Shown at once while the page reads its data, instead of a blank screen.
export default async function Loading() {
  const t = await getTranslations("staff");
  return <PageSkeleton label={t("loading")} />;
}
