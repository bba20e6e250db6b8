import { useTranslations } from "next-intl";
import { NotFoundView } from "@/components/layout/not-found-view";
import { LinkButton } from "@/components/ui";

export default function LocaleNotFound() {
  const t = useTranslations("errors");
  return (
    <NotFoundView
      title={t("notFoundTitle")}
      text={t("notFoundText")}
      home={<LinkButton href="/">{t("backHome")}</LinkButton>}
    />
  );
}
