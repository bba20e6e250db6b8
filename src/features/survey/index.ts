// The survey feature's browser-safe entry: the schemas forms and handlers share, round codes and
// windows, the definition's types, and the code form. Server code is in ./server.
export {
  createRoundInputSchema,
  roundKinds,
  surveyResponseBodySchema,
  surveyResponseResultSchema,
  type CreateRoundInput,
  type SurveyNext,
  type SurveyResponseBody,
  type SurveyResponseResult,
} from "./schemas";
export { fromWallClock, roundStatus, type RoundStatus } from "./domain/round-window";
export { normaliseRoundCode, isRoundCode, generateRoundCode } from "./domain/round-code";
export { scaleRange, type SurveyDefinition } from "./domain/definition";
export {
  OPTION_SEPARATOR,
  ITEM_KINDS,
  itemKinds,
  kindSpec,
  type ItemKindSpec,
  type ItemResults,
} from "./domain/item-kinds";
export type { ItemKind } from "./domain/item-schemas";
export { CodeForm } from "./components/code-form";
