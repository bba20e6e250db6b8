// The pathway feature's server surface.
import "server-only";

export { findSchoolByCode, studentSchool, type PathwaySchool } from "./find-school";
export { requireStudentSchool } from "./require-school";
export { rememberSchoolByCode } from "./remember-school";
export { submitPathwayAdvice } from "./submit-advice";
export { submitReflection, type ReflectionDependencies } from "./submit-reflection";
export {
  recordPathwayProgress,
  submitPathwayProgress,
  type PathwayProgressView,
} from "./record-progress";
export {
  pathwayPageData,
  pathwayShell,
  pathwayStudentData,
  type PathwayPageData,
  type PathwayStudentData,
} from "./page-data";
export { WRITING_RATE_LIMIT } from "./rate-limit";
export { reflectionInputSchema, progressInputSchema, schoolCodeInputSchema } from "../schemas";
export { schoolCode } from "./api/school-api";
export { pathwayProgress } from "./api/progress-api";
export { pathwayAdvice } from "./api/advice-api";
export { reflectionSubmit } from "./api/reflections-api";
export { pathwayStudent } from "./api/student-api";
