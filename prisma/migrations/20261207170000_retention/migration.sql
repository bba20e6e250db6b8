-- Retention per institution (src/features/retention): how long each kind of data is kept before
-- the daily retention job deletes it. Limits match the settings form's (src/features/staff/schemas.ts).
ALTER TABLE "institutions" ADD COLUMN "reflection_retention_weeks" INTEGER NOT NULL DEFAULT 8;
ALTER TABLE "institutions" ADD COLUMN "answer_retention_months" INTEGER NOT NULL DEFAULT 12;
ALTER TABLE "institutions" ADD COLUMN "flag_retention_months" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "institutions" ADD COLUMN "audit_retention_months" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_reflection_retention_weeks_check"
  CHECK ("reflection_retention_weeks" BETWEEN 1 AND 52);
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_answer_retention_months_check"
  CHECK ("answer_retention_months" BETWEEN 1 AND 60);
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_flag_retention_months_check"
  CHECK ("flag_retention_months" BETWEEN 6 AND 120);
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_audit_retention_months_check"
  CHECK ("audit_retention_months" BETWEEN 6 AND 120);

-- A round whose answers retention deleted keeps its name and dates, and says when.
ALTER TABLE "survey_rounds" ADD COLUMN "answers_deleted_at" TIMESTAMP(3);

-- An erased staff member stays as a tombstone (no name, no address) for the audit trail.
ALTER TABLE "users" ADD COLUMN "deleted_at" TIMESTAMP(3);
