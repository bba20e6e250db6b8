-- The programme snapshot trigger looks up the earliest programme among a round's responses of
-- the same group on every insert. Without this index it read every earlier response of that
-- group (thousands in a year group's round); with it, one index entry.
CREATE INDEX "survey_responses_round_id_group_id_programme_idx" ON "survey_responses"("round_id", "group_id", "programme");
