-- Advice written after a particular story (e.g. in a classroom session) records which one, so
-- moderators and future readers can see it in context. Optional: pathway advice answers all
-- the stories a student read.
ALTER TABLE "advice" ADD COLUMN "story_slug" TEXT;
