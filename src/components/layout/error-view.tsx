"use client";

import { useTranslations } from "next-intl";
import { Button, LinkButton } from "@/components/ui";

/**
 * A page that could not be shown. Nothing of the error reaches the screen; what a student was
 * writing is kept on the device by the form itself, so trying again loses nothing.
 */
export function ErrorView() {
  const t = useTranslations("errors");
  return (
    <section className="mx-auto flex max-w-xl flex-col items-start gap-4 px-5 py-16">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="text-lg text-muted">{t("errorText")}</p>
      <div className="flex flex-wrap gap-3">
        {/* A reload asks the server again; a client-side retry would only re-render the failure. */}
        <Button onClick={() => window.location.reload()}>{t("tryAgain")}</Button>
        <LinkButton href="/" variant="secondary">
          {t("backHome")}
        </LinkButton>
      </div>
    </section>
  );
}
