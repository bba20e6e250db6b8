// The retention feature's browser-safe entry: the limits and defaults of each retention setting.
export { RETENTION_LIMITS, FINISHED_JOB_DAYS, type RetentionPolicy } from "./domain/policy";
