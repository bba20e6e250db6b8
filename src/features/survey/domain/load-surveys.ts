import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSurveyDefinition, SurveyDefinitionError, type SurveyDefinition } from "./definition";

export const DEFAULT_SURVEY_KEY = "belonging-pulse";

/** Where survey definitions live, relative to the app's working directory. */
export const SURVEYS_DIR = path.join("content", "surveys");

/**
 * Reads and validates every `*.json` in a folder, in file-name order. Each file's key must match
 * its name (belonging-pulse.json holds "belonging-pulse"), so keys are unique. Every bad file is
 * reported at once, so the content check shows all problems in one run.
 */
export function readSurveyDefinitions(dir: string): SurveyDefinition[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const definitions: SurveyDefinition[] = [];
  const errors: Error[] = [];

  for (const name of names) {
    const file = path.relative(process.cwd(), path.join(dir, name)) || name;
    try {
      const definition = parseSurveyDefinition(readJson(file, path.join(dir, name)), file);
      const expected = path.basename(name, ".json");
      if (definition.key !== expected) {
        throw new SurveyDefinitionError(file, [`key: "${definition.key}" must be "${expected}"`]);
      }
      definitions.push(definition);
    } catch (error) {
      errors.push(error instanceof Error ? error : new Error(String(error)));
    }
  }

  const [first] = errors;
  if (errors.length === 1 && first) throw first;
  if (errors.length > 1) {
    throw new AggregateError(errors, errors.map((error) => error.message).join("\n"));
  }
  return definitions;
}

function readJson(file: string, fullPath: string): unknown {
  const source = readFileSync(fullPath, "utf8");
  try {
    return JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SurveyDefinitionError(file, [`(root): not valid JSON: ${reason}`]);
  }
}

// Definitions are content shipped with the app: read once per process.
let byKey: ReadonlyMap<string, SurveyDefinition> | undefined;

function surveysByKey(): ReadonlyMap<string, SurveyDefinition> {
  byKey ??= new Map(
    readSurveyDefinitions(path.join(process.cwd(), SURVEYS_DIR)).map((d) => [d.key, d]),
  );
  return byKey;
}

/** Every survey definition in content/surveys, validated; throws naming each bad file. */
export function loadAllSurveys(): SurveyDefinition[] {
  return [...surveysByKey().values()];
}

/** The definition with this key, or undefined when there is none. */
export function getSurveyDefinition(key: string): SurveyDefinition | undefined {
  return surveysByKey().get(key);
}

/**
 * The survey new rounds ask unless told otherwise: what a round's page shows before it has read
 * its round (content-check.ts makes sure it is there).
 */
export function defaultSurveyDefinition(): SurveyDefinition {
  const definition = getSurveyDefinition(DEFAULT_SURVEY_KEY) ?? loadAllSurveys()[0];
  if (!definition) throw new Error(`${SURVEYS_DIR} holds no survey definition.`);
  return definition;
}
