-- A round's groups can be marked as intervention or comparison groups, so a network report
-- can set the two arms side by side. Unmarked groups (null) count only in the school's totals.
CREATE TYPE "StudyArm" AS ENUM ('INTERVENTION', 'COMPARISON');

ALTER TABLE "survey_round_groups" ADD COLUMN "arm" "StudyArm";
