import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { Card, LinkButton } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import type { HelpContacts } from "../domain/localise";
import { CheckCircleIcon } from "./icons";

interface ThanksScreenProps {
  /** "answered" when the student comes back to a round they already answered. */
  variant: "thanks" | "answered";
  /** The round's code: the pathway's writing goes to this round's school. */
  code: string;
  /** Shown with the language the school wrote it in, so screen readers read it right. */
  helpContacts: HelpContacts;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

/**
 * After answering: the same thanks and the same offer to help next year's students for every
 * student, whatever they answered, so a classmate glancing at a phone cannot tell who was
 * invited. The low band is recorded for the school's funnel only (invitedToPathway), never
 * shown: no score, no band, no "selected", on this screen or on a later visit.
 */
export function ThanksScreen({ variant, code, helpContacts, headingRef }: ThanksScreenProps) {
  const t = useTranslations("survey");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <CheckCircleIcon className="size-14 text-success" />
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-bold leading-tight outline-none"
        >
          {variant === "thanks" ? t("thanks.title") : t("answered.title")}
        </h1>
        <p className="text-lg">{variant === "thanks" ? t("thanks.text") : t("answered.text")}</p>
      </div>

      <section
        aria-labelledby="invitation-title"
        className="flex flex-col items-start gap-3 rounded-2xl border-2 border-brand bg-brand-soft p-5 shadow-sm"
      >
        <h2 id="invitation-title" className="text-xl font-bold">
          {t("invitation.title")}
        </h2>
        <p>{t("invitation.text")}</p>
        <LinkButton
          href={{ pathname: "/pathway", query: { from: code } }}
          size="lg"
          className="w-full"
        >
          {t("invitation.accept")}
        </LinkButton>
        <p className="text-sm">{t("invitation.later")}</p>
      </section>

      {helpContacts.text.trim() ? (
        <Card className="flex flex-col gap-2">
          <h2 className="text-lg font-bold">{t("thanks.helpTitle")}</h2>
          <p lang={helpContacts.locale} className="whitespace-pre-line">
            {helpContacts.text}
          </p>
        </Card>
      ) : null}

      <Link href="/" className="self-start font-bold text-brand">
        {t("thanks.home")}
      </Link>
    </div>
  );
}
