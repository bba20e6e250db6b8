import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import type { Locale } from "@/i18n/locales";
import { getSurveyDefinition } from "../domain/load-surveys";
import { findRoundForClient, type RoundByCode } from "../server/find-round";
import { clientKey, isTooManyWrongCodes } from "@/lib/http";
import { pageOrigin } from "@/lib/http/origin";
import { RoundMessage } from "./round-message";
import { roundUrl } from "../server/round-qr";

// The site header and the skip link are not part of a printed poster.
const PRINT_CSS = `@media print {
  @page { size: A4 portrait; margin: 12mm; }
  body > a, header { display: none !important; }
  html, body { background: #fff !important; color: #000 !important; }
}`;

/**
 * /{locale}/s/{code}/poster: a page to print or project for a round: the title, a big QR code,
 * the link and the code to type, in the chosen language.
 */
export async function RoundPoster({ code, locale }: { code: string; locale: Locale }) {
  let round: RoundByCode | undefined;
  try {
    round = await findRoundForClient(code, clientKey({ headers: await headers() }));
  } catch (error) {
    if (!isTooManyWrongCodes(error)) throw error;
    return (
      <div className="mx-auto w-full max-w-xl px-4 py-6 sm:py-10">
        <RoundMessage reason="rate-limited" />
      </div>
    );
  }
  const definition = round && getSurveyDefinition(round.surveyKey);
  if (!round || !definition) notFound();
  const t = await getTranslations({ locale, namespace: "survey" });
  const url = roundUrl(await pageOrigin(), locale, round.code);
  const shownUrl = url.replace(/^https?:\/\//, "");
  const qrSrc = `/api/v1/rounds/${round.code}/qr.svg?locale=${locale}`;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col items-center gap-6 px-4 py-8 text-center print:max-w-none print:py-0">
      <style>{PRINT_CSS}</style>
      <h1 className="text-4xl font-bold leading-tight sm:text-6xl">{definition.title[locale]}</h1>
      <p className="text-xl sm:text-2xl">
        {t("poster.facts", { count: definition.items.length, minutes: definition.minutes })}
      </p>
      <p className="text-2xl font-bold sm:text-3xl">{t("poster.scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own route, printed as is */}
      <img
        src={qrSrc}
        alt={t("poster.qrAlt", { url: shownUrl })}
        width={320}
        height={320}
        className="aspect-square w-full max-w-80 rounded-2xl bg-white p-2 print:max-w-[110mm]"
      />
      <p className="text-xl sm:text-2xl">
        {t("poster.orVisit")} <strong className="break-all">{shownUrl}</strong>
      </p>
      <p className="flex flex-col items-center gap-2 text-xl sm:text-2xl">
        {t("codeForm.label")}
        <strong className="rounded-2xl border-4 border-ink px-6 py-3 font-mono text-5xl tracking-[0.2em] sm:text-7xl">
          {round.code}
        </strong>
      </p>
      <PrintButton label={t("poster.print")} />
    </div>
  );
}
