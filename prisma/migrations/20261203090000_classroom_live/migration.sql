-- The live classroom session: when the current step began (the projector's and the notes
-- window's step timer agree across screens and instances), and a version that grows with every
-- change the room sees (a step, a join, a piece of advice). The version is the id of each
-- server-sent event, so a phone that reconnects with Last-Event-ID gets only what is newer.
ALTER TABLE "classroom_sessions" ADD COLUMN "step_started_at" TIMESTAMP(3);
ALTER TABLE "classroom_sessions" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
