// The pathway feature's public surface (safe in the browser). Server code is in ./server.
export { PathwayApp, type PathwayAppProps } from "./components/pathway-app";
export { HelpPanel } from "./components/help-panel";
export {
  reflectionInputSchema,
  progressInputSchema,
  PATHWAY_MILESTONES,
  type ReflectionInput,
  type ProgressInput,
  type PathwayMilestone,
} from "./schemas";
export type { HelpView, HelplineView } from "./domain/help-view";
