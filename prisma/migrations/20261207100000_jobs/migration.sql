-- Durable background jobs (src/lib/jobs): stored in the transaction of their cause, claimed
-- with FOR UPDATE SKIP LOCKED so each runs once across app instances, retried with backoff.
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE "jobs" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "institution_id" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 10,
    "run_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMP(3),
    "locked_by" TEXT,
    "last_error" TEXT,
    "finished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "jobs_status_run_at_idx" ON "jobs"("status", "run_at");
CREATE INDEX "jobs_institution_id_kind_status_idx" ON "jobs"("institution_id", "kind", "status");

-- How long a flag may stay unacknowledged before the safeguarding contact is reminded.
ALTER TABLE "institutions" ADD COLUMN "safeguarding_reminder_hours" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_safeguarding_reminder_hours_check"
  CHECK ("safeguarding_reminder_hours" BETWEEN 1 AND 168);
