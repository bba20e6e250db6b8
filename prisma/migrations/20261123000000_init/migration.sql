-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'TEACHER');

-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('BASELINE', 'FOLLOW_UP', 'PULSE');

-- CreateEnum
CREATE TYPE "Band" AS ENUM ('LOW', 'MID', 'HIGH');

-- CreateEnum
CREATE TYPE "AdviceSource" AS ENUM ('CLASSROOM', 'PATHWAY');

-- CreateEnum
CREATE TYPE "AdviceStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('NEW', 'ACKNOWLEDGED', 'RESOLVED');

-- CreateTable
CREATE TABLE "institutions" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "default_locale" TEXT NOT NULL DEFAULT 'en',
    "min_group_size" INTEGER NOT NULL DEFAULT 5,
    "min_free_text_size" INTEGER NOT NULL DEFAULT 10,
    "pathway_threshold" INTEGER NOT NULL DEFAULT 50,
    "help_contacts" TEXT NOT NULL DEFAULT '',
    "safeguarding_email" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "institutions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "password_hash" TEXT,
    "failed_sign_ins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "invited_by_id" TEXT,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "accepted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "groups" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "programme" TEXT NOT NULL DEFAULT '',
    "start_date" DATE,
    "expected_size" INTEGER,
    "archived_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_teachers" (
    "group_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "group_teachers_pkey" PRIMARY KEY ("group_id","user_id")
);

-- CreateTable
CREATE TABLE "participants" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT,
    "created_at" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_rounds" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "survey_key" TEXT NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "code" TEXT NOT NULL,
    "opens_at" TIMESTAMP(3) NOT NULL,
    "closes_at" TIMESTAMP(3) NOT NULL,
    "baseline_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_round_groups" (
    "round_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,

    CONSTRAINT "survey_round_groups_pkey" PRIMARY KEY ("round_id","group_id")
);

-- CreateTable
CREATE TABLE "survey_responses" (
    "id" TEXT NOT NULL,
    "round_id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "group_id" TEXT,
    "submission_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "band" "Band",
    "invited_to_pathway" BOOLEAN NOT NULL DEFAULT false,
    "submitted_on" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answers" (
    "id" TEXT NOT NULL,
    "response_id" TEXT NOT NULL,
    "item_key" TEXT NOT NULL,
    "value" INTEGER,
    "text" TEXT,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pathway_progress" (
    "id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "invited_at" DATE,
    "started_at" DATE,
    "completed_at" DATE,
    "stories_read" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "completed_steps" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "pathway_progress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reflections" (
    "id" TEXT NOT NULL,
    "participant_id" TEXT,
    "submission_id" TEXT NOT NULL,
    "story_slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_on" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reflections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advice" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT,
    "group_id" TEXT,
    "classroom_session_id" TEXT,
    "submission_id" TEXT NOT NULL,
    "source" "AdviceSource" NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "original_text" TEXT NOT NULL,
    "consent_to_share" BOOLEAN NOT NULL,
    "status" "AdviceStatus" NOT NULL DEFAULT 'PENDING',
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "moderated_by_id" TEXT,
    "moderated_at" TIMESTAMP(3),
    "created_on" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "classroom_sessions" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "teacher_id" TEXT NOT NULL,
    "join_code" TEXT NOT NULL,
    "current_step" INTEGER NOT NULL DEFAULT 0,
    "story_slugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "locale" TEXT NOT NULL DEFAULT 'en',
    "started_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "classroom_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "classroom_joins" (
    "session_id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "classroom_joins_pkey" PRIMARY KEY ("session_id","participant_id")
);

-- CreateTable
CREATE TABLE "safeguarding_flags" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT,
    "advice_id" TEXT,
    "trigger" TEXT NOT NULL,
    "status" "FlagStatus" NOT NULL DEFAULT 'NEW',
    "handled_by_id" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "safeguarding_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "details" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_identifier_token_key" ON "verification_tokens"("identifier", "token");

-- CreateIndex
CREATE INDEX "memberships_institution_id_idx" ON "memberships"("institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_user_id_institution_id_key" ON "memberships"("user_id", "institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_institution_id_idx" ON "invitations"("institution_id");

-- CreateIndex
CREATE INDEX "groups_institution_id_idx" ON "groups"("institution_id");

-- CreateIndex
CREATE INDEX "group_teachers_user_id_idx" ON "group_teachers"("user_id");

-- CreateIndex
CREATE INDEX "participants_institution_id_idx" ON "participants"("institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_rounds_code_key" ON "survey_rounds"("code");

-- CreateIndex
CREATE INDEX "survey_rounds_institution_id_opens_at_idx" ON "survey_rounds"("institution_id", "opens_at");

-- CreateIndex
CREATE INDEX "survey_round_groups_group_id_idx" ON "survey_round_groups"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_responses_submission_id_key" ON "survey_responses"("submission_id");

-- CreateIndex
CREATE INDEX "survey_responses_round_id_group_id_band_idx" ON "survey_responses"("round_id", "group_id", "band");

-- CreateIndex
CREATE INDEX "survey_responses_participant_id_idx" ON "survey_responses"("participant_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_responses_round_id_participant_id_key" ON "survey_responses"("round_id", "participant_id");

-- CreateIndex
CREATE INDEX "answers_item_key_value_idx" ON "answers"("item_key", "value");

-- CreateIndex
CREATE UNIQUE INDEX "answers_response_id_item_key_key" ON "answers"("response_id", "item_key");

-- CreateIndex
CREATE UNIQUE INDEX "pathway_progress_participant_id_key" ON "pathway_progress"("participant_id");

-- CreateIndex
CREATE UNIQUE INDEX "reflections_submission_id_key" ON "reflections"("submission_id");

-- CreateIndex
CREATE INDEX "reflections_participant_id_idx" ON "reflections"("participant_id");

-- CreateIndex
CREATE UNIQUE INDEX "advice_submission_id_key" ON "advice"("submission_id");

-- CreateIndex
CREATE INDEX "advice_institution_id_status_idx" ON "advice"("institution_id", "status");

-- CreateIndex
CREATE INDEX "advice_classroom_session_id_idx" ON "advice"("classroom_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "classroom_sessions_join_code_key" ON "classroom_sessions"("join_code");

-- CreateIndex
CREATE INDEX "classroom_sessions_institution_id_group_id_idx" ON "classroom_sessions"("institution_id", "group_id");

-- CreateIndex
CREATE INDEX "safeguarding_flags_institution_id_status_idx" ON "safeguarding_flags"("institution_id", "status");

-- CreateIndex
CREATE INDEX "audit_events_institution_id_created_at_idx" ON "audit_events"("institution_id", "created_at");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "groups" ADD CONSTRAINT "groups_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_teachers" ADD CONSTRAINT "group_teachers_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_teachers" ADD CONSTRAINT "group_teachers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participants" ADD CONSTRAINT "participants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "survey_rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_round_groups" ADD CONSTRAINT "survey_round_groups_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "survey_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_round_groups" ADD CONSTRAINT "survey_round_groups_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "survey_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "survey_responses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pathway_progress" ADD CONSTRAINT "pathway_progress_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advice" ADD CONSTRAINT "advice_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advice" ADD CONSTRAINT "advice_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advice" ADD CONSTRAINT "advice_classroom_session_id_fkey" FOREIGN KEY ("classroom_session_id") REFERENCES "classroom_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "classroom_sessions" ADD CONSTRAINT "classroom_sessions_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "classroom_sessions" ADD CONSTRAINT "classroom_sessions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "classroom_sessions" ADD CONSTRAINT "classroom_sessions_teacher_id_fkey" FOREIGN KEY ("teacher_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "classroom_joins" ADD CONSTRAINT "classroom_joins_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "classroom_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "classroom_joins" ADD CONSTRAINT "classroom_joins_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_flags" ADD CONSTRAINT "safeguarding_flags_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "safeguarding_flags" ADD CONSTRAINT "safeguarding_flags_advice_id_fkey" FOREIGN KEY ("advice_id") REFERENCES "advice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The anonymity threshold k may never fall below 3.
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_min_group_size_check" CHECK ("min_group_size" >= 3);
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_min_free_text_size_check" CHECK ("min_free_text_size" >= 3);
