-- Permissions a coordinator gives one member beyond their role. Today only writing the school's
-- own stories can be given (to a teacher); the CHECK keeps anything else out of the column.
ALTER TABLE "memberships" ADD COLUMN "grants" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_grants_known"
  CHECK ("grants" <@ ARRAY['stories:write']::TEXT[]);
