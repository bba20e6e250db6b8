// The content check for survey definitions: every file in content/surveys parses, and the
// default survey the demo and new rounds use is there.
import path from "node:path";
import type { ContentCheck, ContentProblem } from "@/lib/content/problem";
import { DEFAULT_SURVEY_KEY, readSurveyDefinitions, SURVEYS_DIR } from "./load-surveys";

export const surveysContentCheck: ContentCheck = {
  name: "surveys",
  run(): ContentProblem[] {
    try {
      const definitions = readSurveyDefinitions(path.join(process.cwd(), SURVEYS_DIR));
      if (!definitions.some((d) => d.key === DEFAULT_SURVEY_KEY)) {
        return [
          { file: SURVEYS_DIR, message: `the default survey "${DEFAULT_SURVEY_KEY}" is missing` },
        ];
      }
      return [];
    } catch (error) {
      const errors = error instanceof AggregateError ? error.errors : [error];
      return errors.map((e: unknown) => ({
        file: SURVEYS_DIR,
        message: e instanceof Error ? e.message : String(e),
      }));
    }
  },
};
