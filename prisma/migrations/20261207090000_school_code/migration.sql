-- A school code per institution: students who open the pathway with no survey or classroom
-- code type it once, so what they write reaches their school. Eight characters from the same
-- alphabet as round codes (no 0/O, 1/I), made by the database so every way of creating an
-- institution gets one.
CREATE FUNCTION "belong_school_code"() RETURNS TEXT LANGUAGE SQL VOLATILE AS $$
  SELECT string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + floor(random() * 32)::INT, 1), '')
  FROM generate_series(1, 8)
$$;

ALTER TABLE "institutions" ADD COLUMN "school_code" TEXT NOT NULL DEFAULT "belong_school_code"();
CREATE UNIQUE INDEX "institutions_school_code_key" ON "institutions"("school_code");

-- From now on every advice and every safeguarding flag belongs to a school that will see it.
-- NOT VALID: rows written before this rule are kept as they are; new ones are checked.
ALTER TABLE "advice" ADD CONSTRAINT "advice_institution_required"
  CHECK ("institution_id" IS NOT NULL) NOT VALID;
ALTER TABLE "safeguarding_flags" ADD CONSTRAINT "safeguarding_flags_institution_required"
  CHECK ("institution_id" IS NOT NULL) NOT VALID;
