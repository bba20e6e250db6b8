// Seeds the network benchmark's data set in SQL (INSERT ... SELECT generate_series): one
// network of `schools` member schools (ACTIVE) and its lead, each school with 10 groups, a
// closed baseline round and its closed follow-up, `perRound` responses to each (90% of a
// follow-up's students also in its baseline), every response with its six scale answers and one
// barrier; a pathway record for the students invited to it and a classroom session per group.
// Deterministic: setseed() fixes random().
import type { Db } from "@/lib/db";

export const BENCH_NETWORK = "bench-network";
export const BENCH_LEAD = "bench-network-lead";
export const schoolId = (s: number) => `bench-net-s${s}`;
const GROUPS_PER_SCHOOL = 10;

const SCALE_ITEMS = `(VALUES ('bu_not_belong', 7), ('bu_bad_moment', 7), ('bu_fit_in', 7),
  ('school_outsider', 4), ('school_friends', 4), ('bu_wonder', 5)) AS k(key, points)`;
const BARRIERS = `ARRAY['classmates','teachers','schoolwork','practical','language','placement']`;

/** Seeds once; returns false when the data set is already there. */
export async function seedNetworkBench(db: Db, schools: number, perRound: number) {
  const existing = await db.network.findUnique({ where: { id: BENCH_NETWORK } });
  if (existing) return false;
  const paired = Math.floor(perRound * 0.9);
  const shift = perRound - paired;
  const G = GROUPS_PER_SCHOOL;
  const statements = [
    `SELECT setseed(0.19)`,
    `INSERT INTO users (id, email, updated_at) VALUES ('${BENCH_LEAD}', 'lead@bench-network.test', now())`,
    `INSERT INTO networks (id, name) VALUES ('${BENCH_NETWORK}', 'Benchmark network')`,
    `INSERT INTO network_leads (network_id, user_id) VALUES ('${BENCH_NETWORK}', '${BENCH_LEAD}')`,
    `INSERT INTO institutions (id, name, country, updated_at)
       SELECT 'bench-net-s' || s, 'Network school ' || s, 'DK', now()
       FROM generate_series(1, ${schools}) s`,
    `INSERT INTO network_memberships (id, network_id, institution_id, status, accepted_at)
       SELECT 'bench-net-m' || s, '${BENCH_NETWORK}', 'bench-net-s' || s, 'ACTIVE', now()
       FROM generate_series(1, ${schools}) s`,
    `INSERT INTO groups (id, institution_id, name, programme, expected_size)
       SELECT 'bench-net-s' || s || '-g' || g, 'bench-net-s' || s, 'Group ' || g,
              'Programme ' || (g % 3), ${Math.ceil((perRound / G) * 1.1)}
       FROM generate_series(1, ${schools}) s, generate_series(1, ${G}) g`,
    `INSERT INTO survey_rounds (id, institution_id, name, survey_key, kind, code, opens_at,
                                closes_at, baseline_id)
       SELECT 'bench-net-s' || s || v.suffix, 'bench-net-s' || s, v.name, 'belonging-pulse',
              v.kind::"RoundKind", 'BN' || s || v.suffix, now() - v.opens * interval '1 day',
              now() - (v.opens - 14) * interval '1 day',
              CASE WHEN v.kind = 'FOLLOW_UP' THEN 'bench-net-s' || s || '-b' END
       FROM generate_series(1, ${schools}) s,
            (VALUES ('-b', 'Baseline', 'BASELINE', 90), ('-f', 'Follow-up', 'FOLLOW_UP', 40))
              AS v(suffix, name, kind, opens)`,
    `INSERT INTO survey_round_groups (round_id, group_id)
       SELECT r.id, g.id FROM survey_rounds r JOIN groups g ON g.institution_id = r.institution_id
       WHERE r.id LIKE 'bench-net-%'`,
    `INSERT INTO participants (id, institution_id, created_at)
       SELECT 'bench-net-p' || s || '-' || i, 'bench-net-s' || s, current_date
       FROM generate_series(1, ${schools}) s, generate_series(1, ${perRound + shift}) i`,
    `INSERT INTO survey_responses (id, round_id, participant_id, group_id, submission_id, locale,
                                   score, band, invited_to_pathway, submitted_on)
       SELECT r.id || '-' || i, r.id, 'bench-net-p' || s || '-' || (i + v.offset_),
              'bench-net-s' || s || '-g' || (1 + (i + v.offset_) % ${G}), r.id || '-x' || i, 'en',
              x.score,
              (CASE WHEN x.score < 50 THEN 'LOW' WHEN x.score < 75 THEN 'MID' ELSE 'HIGH' END)::"Band",
              x.score < 50, r.opens_at::date
       FROM generate_series(1, ${schools}) s,
            (VALUES ('-b', 0, 0.0), ('-f', ${shift}, 4.0)) AS v(suffix, offset_, lift),
            LATERAL (SELECT id, opens_at FROM survey_rounds WHERE id = 'bench-net-s' || s || v.suffix) r,
            LATERAL (SELECT i, least(100, round((40 + v.lift + random() * 55)::numeric, 1))::float8
                       AS score FROM generate_series(1, ${perRound}) i) x`,
    `INSERT INTO answers (id, response_id, item_key, value)
       SELECT r.id || ':' || k.key, r.id, k.key, 1 + floor(random() * k.points)::int
       FROM survey_responses r CROSS JOIN ${SCALE_ITEMS}
       WHERE r.id LIKE 'bench-net-%'`,
    `INSERT INTO answers (id, response_id, item_key, value)
       SELECT r.id || ':b', r.id, 'barriers.' || (${BARRIERS})[1 + floor(random() * 6)::int], 1
       FROM survey_responses r WHERE r.id LIKE 'bench-net-%'`,
    `INSERT INTO pathway_progress (id, participant_id, invited_at, started_at, completed_at)
       SELECT 'bench-net-pp-' || p.id, p.id, current_date,
              CASE WHEN random() < 0.7 THEN current_date END,
              CASE WHEN random() < 0.4 THEN current_date END
       FROM (SELECT DISTINCT participant_id AS id FROM survey_responses
             WHERE id LIKE 'bench-net-%' AND invited_to_pathway) p`,
    `INSERT INTO classroom_sessions (id, institution_id, group_id, teacher_id, join_code,
                                     started_at, ended_at)
       SELECT 'bench-net-cs-' || g.id, g.institution_id, g.id, '${BENCH_LEAD}',
              'BNC' || row_number() OVER (), now() - interval '60 days',
              now() - interval '60 days' + interval '50 minutes'
       FROM groups g WHERE g.id LIKE 'bench-net-%'`,
  ];
  for (const sql of statements) await db.$executeRawUnsafe(sql);
  return true;
}
