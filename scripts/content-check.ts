// `npm run content:check`: validates everything in content/ (stories, surveys, classroom
// script, help pages, safeguarding lists and their corpus, with its recall and false-alarm rate
// per language). Each feature owns the check of its own content and is listed here; a broken
// file is reported with its path, the line where known, and what is wrong.
import type { ContentCheck } from "@/lib/content/problem";
import { storiesContentCheck } from "@/features/stories/server/story-library";
import { surveysContentCheck } from "@/features/survey/domain/content-check";
import { classroomContentCheck } from "@/features/classroom/domain/content-check";
import { safeguardingContentCheck } from "@/features/safeguarding/domain/content-check";

const checks: ContentCheck[] = [
  storiesContentCheck,
  surveysContentCheck,
  classroomContentCheck,
  safeguardingContentCheck,
];

let problems = 0;
for (const check of checks) {
  const found = check.run();
  problems += found.length;
  console.info(
    `${found.length ? "✗" : "✓"} ${check.name}: ${found.length ? `${found.length} problem(s)` : "ok"}`,
  );
  for (const p of found) console.error(`  ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
  for (const line of check.summary?.() ?? []) console.info(`  ${line}`);
}
if (problems) {
  console.error(`\ncontent check: ${problems} problem(s).`);
  process.exit(1);
}
console.info(`content check: ${checks.length} check(s) passed.`);
