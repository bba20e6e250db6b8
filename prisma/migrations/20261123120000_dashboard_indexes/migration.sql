-- The dashboard counts answers per (group, item, value) for a round by joining a round's
-- responses to their answers. With (response_id, item_key, value) in one index that scan is
-- index-only: it never reads the answers table and its open texts.
CREATE INDEX "answers_response_id_item_key_value_idx" ON "answers"("response_id", "item_key", "value");
