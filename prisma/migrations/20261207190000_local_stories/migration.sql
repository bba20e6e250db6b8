-- A school's own peer stories: written in the guided editor, reviewed by a second staff member,
-- published to that school's students only. One text per locale.
CREATE TYPE "LocalStoryStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SENT_BACK');
CREATE TYPE "ReviewDecision" AS ENUM ('COMMENT', 'APPROVE', 'SEND_BACK');

CREATE TABLE "local_stories" (
    "id" TEXT NOT NULL,
    "institution_id" TEXT NOT NULL,
    "author_id" TEXT,
    "status" "LocalStoryStatus" NOT NULL DEFAULT 'DRAFT',
    "source_locale" TEXT NOT NULL,
    "speaker_name" TEXT NOT NULL,
    "speaker_age" INTEGER NOT NULL,
    "programme" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "name_consent" BOOLEAN NOT NULL DEFAULT false,
    "proper_nouns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "local_stories_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "local_stories_institution_id_status_idx" ON "local_stories"("institution_id", "status");
ALTER TABLE "local_stories" ADD CONSTRAINT "local_stories_institution_id_fkey"
  FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "local_stories" ADD CONSTRAINT "local_stories_author_id_fkey"
  FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "local_story_texts" (
    "id" TEXT NOT NULL,
    "story_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "teaser" TEXT NOT NULL,
    "transition" TEXT NOT NULL,
    "worry" TEXT NOT NULL,
    "others_too" TEXT NOT NULL,
    "strategy" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "needs_update" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "local_story_texts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "local_story_texts_story_id_locale_key" ON "local_story_texts"("story_id", "locale");
ALTER TABLE "local_story_texts" ADD CONSTRAINT "local_story_texts_story_id_fkey"
  FOREIGN KEY ("story_id") REFERENCES "local_stories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "local_story_reviews" (
    "id" TEXT NOT NULL,
    "story_id" TEXT NOT NULL,
    "reviewer_id" TEXT,
    "comment" TEXT NOT NULL DEFAULT '',
    "decision" "ReviewDecision" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "local_story_reviews_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "local_story_reviews_story_id_idx" ON "local_story_reviews"("story_id");
ALTER TABLE "local_story_reviews" ADD CONSTRAINT "local_story_reviews_story_id_fkey"
  FOREIGN KEY ("story_id") REFERENCES "local_stories"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "local_story_reviews" ADD CONSTRAINT "local_story_reviews_reviewer_id_fkey"
  FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
