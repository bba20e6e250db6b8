// The CSV downloads: GET /api/v1/staff/exports/results (aggregated, as on the screen) and
// /api/v1/staff/exports/responses (response level, ADMIN only). Errors are problem+json.
// Both are written for the Excel of one language (see domain/csv.ts): the staff page's
// locale, sent by its links as ?locale=, else the browser's Accept-Language, else English.
import "server-only";
import { staffRoute } from "@/features/access/server";
import { localeFromAcceptLanguage } from "@/i18n/accept-language";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { contentDisposition } from "@/lib/http";
import { CSV_CONTENT_TYPE } from "../../domain/csv";
import { exportResponsesCsv } from "../export-responses-csv";
import { exportResultsCsv } from "../export-results-csv";

function csvHeaders(fileName: string): HeadersInit {
  return {
    "content-type": CSV_CONTENT_TYPE,
    "content-disposition": contentDisposition(fileName),
    "x-content-type-options": "nosniff",
    // Figures about students: never kept by a browser or proxy cache.
    "cache-control": "no-store",
  };
}

/** The export's language: ?locale=, else Accept-Language, else English. */
export function exportLocale(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (isLocale(asked)) return asked;
  return localeFromAcceptLanguage(request.headers.get("accept-language")) ?? defaultLocale;
}

export const resultsExport = {
  GET: staffRoute("export:aggregate", async (ctx, request) => {
    const query = new URL(request.url).searchParams;
    const { fileName, csv } = await exportResultsCsv(
      ctx,
      {
        roundId: query.get("round") ?? "",
        groupId: query.get("group") ?? undefined,
        programme: query.get("programme") ?? undefined,
      },
      exportLocale(request),
    );
    return new Response(csv, { headers: csvHeaders(fileName) });
  }),
};

export const responsesExport = {
  GET: staffRoute("export:responses", async (ctx, request) => {
    const query = new URL(request.url).searchParams;
    const round = query.get("round");
    const { fileName, stream } = await exportResponsesCsv(ctx, {
      ...(round ? { roundId: round } : {}),
      purpose: query.get("purpose") ?? undefined,
      locale: exportLocale(request),
    });
    return new Response(stream, { headers: csvHeaders(fileName) });
  }),
};
