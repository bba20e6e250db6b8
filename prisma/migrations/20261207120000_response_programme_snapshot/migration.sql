-- Responses keep the programme their group was in when the round first heard from it, so
-- moving a group to another programme later changes no published figure (a move followed by
-- a comparison of the two programmes' figures would otherwise give the group away).
ALTER TABLE "survey_responses" ADD COLUMN "programme" TEXT;

UPDATE "survey_responses" r SET "programme" = g."programme"
FROM "groups" g WHERE g."id" = r."group_id";

-- Filled in the database, so every way a response is stored takes the same snapshot: the
-- programme of the group's earlier responses to the same round, else the group's programme now.
CREATE FUNCTION "survey_response_programme_snapshot"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."group_id" IS NULL THEN
    NEW."programme" := NULL;
    RETURN NEW;
  END IF;
  SELECT r."programme" INTO NEW."programme" FROM "survey_responses" r
  WHERE r."round_id" = NEW."round_id" AND r."group_id" = NEW."group_id"
    AND r."programme" IS NOT NULL
  ORDER BY r."programme" LIMIT 1;
  IF NEW."programme" IS NULL THEN
    SELECT g."programme" INTO NEW."programme" FROM "groups" g WHERE g."id" = NEW."group_id";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "survey_responses_programme_snapshot"
BEFORE INSERT ON "survey_responses"
FOR EACH ROW EXECUTE FUNCTION "survey_response_programme_snapshot"();
