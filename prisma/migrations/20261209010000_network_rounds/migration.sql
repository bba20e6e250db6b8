-- Shared rounds: a network's lead defines a round once (survey, kind, days, the baseline it
-- follows) and each member school adopts it as a round of its own, at most once.
CREATE TABLE "network_rounds" (
    "id" TEXT NOT NULL,
    "network_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "survey_key" TEXT NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "baseline_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_rounds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "network_rounds_kind_check" CHECK ("kind" IN ('BASELINE', 'FOLLOW_UP')),
    CONSTRAINT "network_rounds_window_check" CHECK ("closes_on" >= "opens_on"),
    CONSTRAINT "network_rounds_baseline_check" CHECK ("baseline_id" IS NULL OR "kind" = 'FOLLOW_UP')
);

CREATE INDEX "network_rounds_network_id_opens_on_idx" ON "network_rounds"("network_id", "opens_on");

ALTER TABLE "network_rounds" ADD CONSTRAINT "network_rounds_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "network_rounds" ADD CONSTRAINT "network_rounds_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "network_rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "survey_rounds" ADD COLUMN "network_round_id" TEXT;

CREATE UNIQUE INDEX "survey_rounds_network_round_id_institution_id_key" ON "survey_rounds"("network_round_id", "institution_id");

ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_network_round_id_fkey" FOREIGN KEY ("network_round_id") REFERENCES "network_rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;
