// The network's research export: one row per response of the member schools' closed rounds,
// for a stated purpose (audited in every school whose rows it holds), with a codebook.
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import { recordAudit } from "@/features/audit/server";
import type { NetworkLeadContext } from "./lead-context";

/** The same rule as a school's research export: say what it is for, in a sentence. */
const purposeSchema = z.string().trim().min(10).max(500);

/** Every column, in order, with what it means: the codebook is made from this list. */
export const CODEBOOK = [
  [
    "participant",
    "Pseudonym of the student, made for this export with a key that is then forgotten: the same student's baseline and follow-up share it; it matches no other export, of the network or of a school.",
  ],
  ["school", "The member school's name."],
  ["country", "The school's country (ISO 3166-1 alpha-2)."],
  ["round_kind", "BASELINE, FOLLOW_UP or PULSE."],
  ["round", "The round's name in its school."],
  [
    "arm",
    "INTERVENTION or COMPARISON as the school marked the group for the round; blank when unmarked.",
  ],
  ["week", "Monday (YYYY-MM-DD) of the week the response was given; never the day."],
  [
    "score",
    "Belonging score, 0-100 (higher: a stronger sense of belonging); blank when too few items were answered.",
  ],
  ["band", "LOW, MID or HIGH, from the score; blank with no score."],
] as const;

interface Row {
  participantId: string;
  school: string;
  country: string;
  kind: string;
  round: string;
  arm: string | null;
  week: string;
  score: number | null;
  band: string | null;
}

function cell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // Quote what CSV needs quoted; a leading formula sign is defused for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The codebook, as Markdown. */
export function networkCodebook(networkName: string): string {
  const lines = CODEBOOK.map(([column, meaning]) => `| ${column} | ${meaning} |`);
  return [
    `# ${networkName}: research export codebook`,
    "",
    "One row per response to a closed survey round of a school that is a member of the network.",
    "Only groups with at least the school's minimum number of responses, and no more responses",
    "than the group's expected size, are included: nothing of a smaller group.",
    "",
    "| column | meaning |",
    "| --- | --- |",
    ...lines,
    "",
  ].join("\n");
}

export async function exportNetworkCsv(
  lead: NetworkLeadContext,
  input: { purpose?: string },
  now = new Date(),
): Promise<{ fileName: string; csv: string; rows: number }> {
  const purpose = purposeSchema.safeParse(input.purpose);
  if (!purpose.success) {
    throw new AppError("validation_failed", "Say what the export is for.", {
      fields: [{ field: "purpose", message: "purpose_required" }],
    });
  }
  const db = await getDb();
  // Closed rounds of ACTIVE members; a group's rows only when it has k responses or more and
  // no more than its expected size (more would mean made-up answers among them).
  const rows = await db.$queryRaw<Row[]>`
    WITH counted AS (
      SELECT r.round_id, r.group_id, COUNT(*) AS n
      FROM survey_responses r
      JOIN survey_rounds sr ON sr.id = r.round_id
      JOIN network_memberships nm ON nm.institution_id = sr.institution_id
        AND nm.network_id = ${lead.networkId} AND nm.status = 'ACTIVE'
      WHERE sr.closes_at <= ${now} AND r.group_id IS NOT NULL
      GROUP BY r.round_id, r.group_id
    )
    SELECT r.participant_id AS "participantId", i.name AS "school", i.country AS "country",
           sr.kind::text AS "kind", sr.name AS "round", srg.arm::text AS "arm",
           to_char(date_trunc('week', r.submitted_on), 'YYYY-MM-DD') AS "week",
           r.score AS "score", r.band::text AS "band"
    FROM counted c
    JOIN survey_rounds sr ON sr.id = c.round_id
    JOIN institutions i ON i.id = sr.institution_id
    JOIN groups g ON g.id = c.group_id AND g.institution_id = sr.institution_id
    JOIN survey_round_groups srg ON srg.round_id = c.round_id AND srg.group_id = c.group_id
    JOIN survey_responses r ON r.round_id = c.round_id AND r.group_id = c.group_id
    WHERE c.n >= GREATEST(3, i.min_group_size) AND g.expected_size > 0 AND c.n <= g.expected_size
    ORDER BY i.name, sr.opens_at, r.submitted_on, r.id`;
  const key = randomBytes(32);
  const pseudonym = (id: string) => createHmac("sha256", key).update(id).digest("hex").slice(0, 16);
  const lines = [
    CODEBOOK.map(([column]) => column).join(","),
    ...rows.map((r) =>
      [
        pseudonym(r.participantId),
        r.school,
        r.country,
        r.kind,
        r.round,
        r.arm,
        r.week,
        r.score,
        r.band,
      ]
        .map(cell)
        .join(","),
    ),
  ];
  const schools = await db.networkMembership.findMany({
    where: { networkId: lead.networkId, status: "ACTIVE" },
    select: { institutionId: true },
  });
  await db.$transaction(async (tx) => {
    for (const { institutionId } of schools) {
      await recordAudit(tx, {
        institutionId,
        actorId: lead.userId,
        action: "network_exported",
        targetType: "network",
        targetId: lead.networkId,
        details: { network: lead.networkName, purpose: purpose.data, rows: rows.length },
      });
    }
  });
  const day = now.toISOString().slice(0, 10);
  return { fileName: `network-export-${day}.csv`, csv: `${lines.join("\n")}\n`, rows: rows.length };
}
