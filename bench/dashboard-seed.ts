// Seeds the dashboard benchmark's data set in SQL (INSERT ... SELECT generate_series): one
// institution, 200 groups in 20 programmes, and `pairs` pairs of rounds (a baseline and its
// follow-up, every group taking part) of `perRound` responses each, 90% of a follow-up's
// students also in its baseline. Every response has its six scale answers, one or two
// barriers and, for one in five, an open answer. Deterministic: setseed() fixes random().
import type { Db } from "@/lib/db";

export const BENCH_INSTITUTION = "bench-dashboard";
/** The rounds of pair p (1-based): the timed ones are those of the last pair. */
export const baselineRound = (p: number) => `bench-dashboard-b${p}`;
export const followUpRound = (p: number) => `bench-dashboard-f${p}`;
export const GROUPS = 200;

const SCALE_ITEMS = `(VALUES ('bu_not_belong', 7), ('bu_bad_moment', 7), ('bu_fit_in', 7),
  ('school_outsider', 4), ('school_friends', 4), ('bu_wonder', 5)) AS k(key, points)`;
const BARRIERS = `ARRAY['classmates','teachers','schoolwork','practical','language','placement']`;

/** Seeds once; returns false when the data set is already there. */
export async function seedBench(db: Db, pairs: number, perRound: number): Promise<boolean> {
  const existing = await db.institution.findUnique({ where: { id: BENCH_INSTITUTION } });
  if (existing) return false;
  const paired = Math.floor(perRound * 0.9);
  const shift = perRound - paired;
  const statements = [
    `SELECT setseed(0.42)`,
    // Answers kept for the longest time retention allows, so the app's daily retention run
    // (the page benchmark starts the app) deletes none of the older rounds.
    `INSERT INTO institutions (id, name, country, updated_at, answer_retention_months)
       VALUES ('${BENCH_INSTITUTION}', 'Benchmark College', 'DK', now(), 60)`,
    `INSERT INTO groups (id, institution_id, name, programme, expected_size)
       SELECT 'bench-g' || g, '${BENCH_INSTITUTION}', 'Group ' || g, 'Programme ' || (g % 20),
              ${Math.ceil((perRound / GROUPS) * 1.1)}
       FROM generate_series(1, ${GROUPS}) g`,
    // Pair p opens 2p months ago (baseline) and about a month later (follow-up).
    `INSERT INTO survey_rounds (id, institution_id, name, survey_key, kind, code, opens_at,
                                closes_at, baseline_id)
       SELECT id, '${BENCH_INSTITUTION}', name, 'belonging-pulse', kind::"RoundKind", code,
              opens, opens + interval '14 days', baseline
       FROM generate_series(1, ${pairs}) p,
            LATERAL (VALUES
              ('bench-dashboard-b' || p, 'Baseline ' || p, 'BASELINE', 'BENCHB' || p,
               now() - (${pairs} + 1 - p) * interval '60 days', NULL),
              ('bench-dashboard-f' || p, 'Follow-up ' || p, 'FOLLOW_UP', 'BENCHF' || p,
               now() - (${pairs} + 1 - p) * interval '60 days' + interval '30 days',
               'bench-dashboard-b' || p)
            ) AS r(id, name, kind, code, opens, baseline)`,
    `INSERT INTO survey_round_groups (round_id, group_id)
       SELECT r.id, g.id FROM survey_rounds r, groups g
       WHERE r.institution_id = '${BENCH_INSTITUTION}' AND g.institution_id = r.institution_id`,
    `INSERT INTO participants (id, institution_id, created_at)
       SELECT 'bench-p' || p || '-' || i, '${BENCH_INSTITUTION}', current_date
       FROM generate_series(1, ${pairs}) p, generate_series(1, ${perRound + shift}) i`,
    // Baseline: students 1..perRound; follow-up: students shift+1..perRound+shift.
    `INSERT INTO survey_responses (id, round_id, participant_id, group_id, submission_id, locale,
                                   score, band, invited_to_pathway, submitted_on)
       SELECT r.id || '-' || i, r.id, 'bench-p' || p || '-' || (i + r.offset_),
              'bench-g' || (1 + (i + r.offset_) % ${GROUPS}), r.id || '-s' || i, 'en', s,
              (CASE WHEN s < 50 THEN 'LOW' WHEN s < 75 THEN 'MID' ELSE 'HIGH' END)::"Band",
              s < 50, r.opens::date
       FROM generate_series(1, ${pairs}) p,
            LATERAL (VALUES ('bench-dashboard-b' || p, 0), ('bench-dashboard-f' || p, ${shift}))
              AS v(id, offset_),
            LATERAL (SELECT v.id, v.offset_, opens_at AS opens FROM survey_rounds
                     WHERE id = v.id) r,
            LATERAL (SELECT i, round((40 + random() * 55)::numeric, 1)::float8 AS s
                     FROM generate_series(1, ${perRound}) i) x`,
    `INSERT INTO answers (id, response_id, item_key, value)
       SELECT r.id || ':' || k.key, r.id, k.key, 1 + floor(random() * k.points)::int
       FROM survey_responses r CROSS JOIN ${SCALE_ITEMS}
       WHERE r.id LIKE 'bench-dashboard-%'`,
    `INSERT INTO answers (id, response_id, item_key, value)
       SELECT r.id || ':b' || n, r.id, 'barriers.' || (${BARRIERS})[1 + (b + n) % 6], 1
       FROM (SELECT id, floor(random() * 6)::int AS b, random() < 0.3 AS two
             FROM survey_responses WHERE id LIKE 'bench-dashboard-%') r,
            generate_series(0, 1) n
       WHERE n = 0 OR r.two`,
    `INSERT INTO answers (id, response_id, item_key, text)
       SELECT r.id || ':t', r.id, 'open_support', 'More chances to work in pairs (' || r.id || ')'
       FROM survey_responses r
       WHERE r.id LIKE 'bench-dashboard-%' AND random() < 0.2`,
  ];
  for (const sql of statements) await db.$executeRawUnsafe(sql);
  return true;
}
