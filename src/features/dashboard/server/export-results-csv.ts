import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { getDb } from "@/lib/db";
import type { Suppressed, Suppressible } from "../domain/anonymity";
import { csvDialect, csvFileName, toCsv, type CsvCell } from "../domain/csv";
import type { ResultScope } from "../domain/hierarchy";
import { roundToOneDecimal } from "../domain/plain-language";
import { roundResultsFilterSchema, type RoundResultsFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { breakdownScopes, loadRoundData, type ScopeFigures } from "./round-data";
import { resolveScope } from "./round-scope";

const BANDS = ["LOW", "MID", "HIGH"] as const;
const LEVEL_KEYS = {
  round: "levelRound",
  programme: "levelProgramme",
  group: "levelGroup",
} as const;

/**
 * The results of a round (or of a programme or group in it) as CSV, with exactly the
 * suppression of the screens: the same figuresFor() decides every cell, and a hidden figure
 * is written as "fewer than k responses" with no number. Headers are in the viewer's language.
 * The export is written to the audit log.
 */
export async function exportResultsCsv(
  ctx: StaffContext,
  input: RoundResultsFilter,
  locale: Locale,
): Promise<{ fileName: string; csv: string }> {
  authorize(ctx, "export:aggregate");
  const filter = roundResultsFilterSchema.parse(input);
  const db = await getDb();
  const data = await loadRoundData(db, ctx.institutionId, filter.roundId, locale);
  const scope = resolveScope(data.groups, filter);
  // The export's strings are one flat object in messages/<locale>/dashboard.json.
  const strings = loadMessages(locale).dashboard?.export as Record<string, string>;
  const t = createTranslator({ locale, messages: strings });
  const hiddenText = (hidden: Suppressed) =>
    hidden.reason === "fewer-than-k" ? t("suppressed", { k: hidden.k }) : t("suppressedOther");
  const percent = (share: number) => roundToOneDecimal(share * 100);
  const one = (value: number | null) => (value === null ? null : roundToOneDecimal(value));

  const figures = data.figuresFor(scope);
  const header: CsvCell[] = [
    t("level"),
    t("name"),
    t("programme"),
    t("responses"),
    t("expected"),
    t("rate"),
    t("scored"),
    t("mean"),
    t("ciLow"),
    t("ciHigh"),
    ...BANDS.map((band) => t("band", { band })),
    ...figures.items.map((item) => t("favourable", { item: item.label })),
    ...data.items.multi.flatMap((item) =>
      item.options.map((o) => t("chosen", { item: item.label, option: o.label })),
    ),
  ];

  /** Cells of one figure: its numbers when shown, the suppression text in each when hidden. */
  const cells = <T>(figure: Suppressible<T>, width: number, values: (shown: T) => CsvCell[]) =>
    figure.suppressed ? Array<CsvCell>(width).fill(hiddenText(figure)) : values(figure);

  const line = (level: ResultScope["level"], name: string, programme: string, f: ScopeFigures) => [
    t(LEVEL_KEYS[level]),
    name,
    programme,
    ...cells(f.responses, 3, (r) => [
      r.responses,
      r.expected,
      r.rate === null ? null : percent(r.rate),
    ]),
    ...cells(f.score, 4 + BANDS.length, (s) => [
      s.n,
      one(s.mean),
      one(s.ciLow),
      one(s.ciHigh),
      ...BANDS.map((band) => {
        const share = s.bands.find((b) => b.band === band)?.share;
        return share === undefined || share === null ? null : percent(share);
      }),
    ]),
    ...f.items.flatMap((item) => cells(item.figure, 1, (i) => [percent(i.share)])),
    ...f.choices.flatMap((choice) => {
      const options = data.items.multi.find((m) => m.key === choice.key)?.options ?? [];
      return cells(choice.figure, options.length, (c) =>
        options.map((o) => {
          const option = c.options.find((x) => x.key === o.key);
          return option ? percent(option.share) : 0;
        }),
      );
    }),
  ];

  const scopeName = (s: ResultScope) =>
    s.level === "round"
      ? data.round.name
      : s.level === "programme"
        ? s.programme
        : (data.groups.find((g) => g.id === s.groupId)?.name ?? "");
  const rows: CsvCell[][] = [header, line(scope.level, scopeName(scope), "", figures)];
  for (const row of breakdownScopes(data.groups, scope)) {
    rows.push(line(row.scope.level, row.name, row.programme, data.figuresFor(row.scope)));
  }

  await recordAudit(db, {
    institutionId: ctx.institutionId,
    actorId: ctx.userId,
    action: "results_exported",
    targetType: "survey_round",
    targetId: data.round.id,
    details: { scope: scope.level, rows: rows.length - 1 },
  });
  return {
    fileName: csvFileName("belong-results", data.round.code, scopeName(scope)),
    csv: toCsv(rows, csvDialect(locale)),
  };
}
