// The CSV downloads: GET /api/v1/staff/exports/results (aggregated, as on the screen) and
// /api/v1/staff/exports/responses (response level, ADMIN only). Errors are problem+json.
import "server-only";
import { staffRoute } from "@/features/staff";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { CSV_CONTENT_TYPE } from "../../domain/csv";
import { exportResponsesCsv } from "../export-responses-csv";
import { exportResultsCsv } from "../export-results-csv";

function csvHeaders(fileName: string): HeadersInit {
  return {
    "content-type": CSV_CONTENT_TYPE,
    "content-disposition": `attachment; filename="${fileName}"`,
    // Figures about students: never kept by a browser or proxy cache.
    "cache-control": "no-store",
  };
}

export const resultsExport = {
  GET: staffRoute("export:aggregate", async (ctx, request) => {
    const query = new URL(request.url).searchParams;
    const locale = query.get("locale");
    const { fileName, csv } = await exportResultsCsv(
      ctx,
      {
        roundId: query.get("round") ?? "",
        groupId: query.get("group") ?? undefined,
        programme: query.get("programme") ?? undefined,
      },
      isLocale(locale) ? locale : defaultLocale,
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
    });
    return new Response(stream, { headers: csvHeaders(fileName) });
  }),
};
