// Every kind of background job this app runs, and its handler: the one place a feature
// registers its jobs with the runner of src/lib/jobs (started in src/instrumentation.ts).
import "server-only";
import { retentionJobs } from "@/features/retention/server";
import { safeguardingJobs } from "@/features/safeguarding/server";
import type { JobHandlers } from "@/lib/jobs";

export const jobHandlers: JobHandlers = {
  ...safeguardingJobs,
  ...retentionJobs,
};
