"use client";

// A client component so that it can also render outside every locale (the root 404) from
// the messages it is handed, without reading the request.
import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui";

export function NotFoundView() {
  const t = useTranslations("errors");
  return (
    <section className="mx-auto flex max-w-xl flex-col items-start gap-4 px-5 py-16">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-lg text-muted">{t("notFoundText")}</p>
      <LinkButton href="/">{t("backHome")}</LinkButton>
    </section>
  );
}
