import "server-only";
import { roundCodeSchema } from "@/features/advice";
import { getDb } from "@/lib/db";
import { lookUpCode, lookUpCodeForView, RATE_LIMITS } from "@/lib/http";
import { knownSchoolId, studentPreviewSchool } from "@/lib/participant";

export interface PathwaySchool {
  institutionId: string;
  name: string;
  /** ISO 3166-1 alpha-2: picks the national helplines. */
  country: string;
  /** Who students can talk to at school, as the school wrote it. */
  helpContacts: string;
}

const schoolFields = { id: true, name: true, country: true, helpContacts: true } as const;

type SchoolRow = { id: string; name: string; country: string; helpContacts: string };

const toSchool = ({ id, name, country, helpContacts }: SchoolRow): PathwaySchool => ({
  institutionId: id,
  name,
  country,
  helpContacts,
});

/**
 * The school of a code a student followed or typed: a survey round's, the school's own code
 * (from a poster), or a classroom session's join code. Undefined for a missing, malformed or
 * unknown code. No time window: a student may come back to finish after the round closed or
 * the session ended, and the writing still belongs to that school. A code names a school, so a
 * wrong one counts against the `client` (a clientKey) like any public code, and over the limit
 * this throws rate_limited, a right code too.
 */
export async function findSchoolByCode(
  code: unknown,
  client: string,
): Promise<PathwaySchool | undefined> {
  if (code === undefined || code === null) return undefined;
  const school = await lookUpCode(RATE_LIMITS.roundCodeMisses, client, () => schoolOfCode(code));
  if (school) rememberSchool(code, school);
  return school;
}

/**
 * The school of ?from= for the pathway's page, which a whole class opens within minutes: a
 * right code remembered here costs one read of the client's wrong-code budget and no write
 * (lookUpCodeForView); any other goes through findSchoolByCode and counts when wrong.
 */
export function findSchoolForView(
  code: unknown,
  client: string,
): Promise<PathwaySchool | undefined> {
  return lookUpCodeForView(RATE_LIMITS.roundCodeMisses, client, rememberedSchoolOfCode(code), () =>
    findSchoolByCode(code, client),
  );
}

// The schools of right codes, kept in memory for a short while for the writing endpoints: a
// class writes with the same code within minutes. A code keeps its school for good (a round's
// or a session's); a school's own code can be replaced, which another instance may miss for
// up to TTL_MS. Only callers that check the client's wrong-code budget (storeAdvice's gate, in
// its own statement; findSchoolForView, before) may use it, since a remembered code skips
// lookUpCode.
const TTL_MS = 30_000;
const MAX_CODES = 1_000;
// On globalThis, so every bundle of this process (route handlers, pages) shares one memory.
const store = globalThis as unknown as {
  belongSchoolsByCode?: Map<string, { school: PathwaySchool; until: number }>;
};
const schools = (store.belongSchoolsByCode ??= new Map());

function rememberSchool(code: unknown, school: PathwaySchool): void {
  const parsed = roundCodeSchema.safeParse(code);
  if (!parsed.success) return;
  if (schools.size >= MAX_CODES) schools.clear();
  schools.set(parsed.data, { school, until: Date.now() + TTL_MS });
}

/** The school of a right code from memory, or undefined (not known here, or too old). */
export function rememberedSchoolOfCode(code: unknown): PathwaySchool | undefined {
  if (code === undefined || code === null) return undefined;
  const parsed = roundCodeSchema.safeParse(code);
  const entry = parsed.success ? schools.get(parsed.data) : undefined;
  if (!entry) return undefined;
  const now = Date.now();
  if (now >= entry.until || now < entry.until - TTL_MS) {
    schools.delete(parsed.data!);
    return undefined;
  }
  return entry.school;
}

async function schoolOfCode(code: unknown): Promise<PathwaySchool | undefined> {
  const parsed = roundCodeSchema.safeParse(code);
  if (!parsed.success) return undefined;
  const db = await getDb();
  const round = await db.surveyRound.findUnique({
    where: { code: parsed.data },
    select: { institution: { select: schoolFields } },
  });
  if (round) return toSchool(round.institution);
  const school = await db.institution.findUnique({
    where: { schoolCode: parsed.data },
    select: schoolFields,
  });
  if (school) return toSchool(school);
  const session = await db.classroomSession.findUnique({
    where: { joinCode: parsed.data },
    select: { institution: { select: schoolFields } },
  });
  return session ? toSchool(session.institution) : undefined;
}

/**
 * The student's school: the one of the code they came with (a link's ?from=, or sent with
 * their writing), else the one their device remembers from a survey, a session or a code
 * typed earlier (or, in a staff member's preview, their school). Undefined when neither is known: then nothing they write can be stored.
 */
export async function studentSchool(
  code: unknown,
  client: string,
): Promise<PathwaySchool | undefined> {
  const fromCode = await findSchoolByCode(code, client);
  if (fromCode) return fromCode;
  // A staff member trying the screens writes (to nowhere) as a student of their own school.
  const institutionId = (await studentPreviewSchool()) ?? (await knownSchoolId());
  if (!institutionId) return undefined;
  const db = await getDb();
  const school = await db.institution.findUnique({
    where: { id: institutionId },
    select: schoolFields,
  });
  return school ? toSchool(school) : undefined;
}
