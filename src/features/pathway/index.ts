// The pathway feature's public surface (safe in the browser, and free of zod: the request
// schemas are in ./server with the endpoints). Server code is in ./server.
export { PathwayApp, type PathwayAppProps } from "./components/pathway-app";
export { HelpPanel } from "./components/help-panel";
export { createDeviceStore } from "./components/use-device-store";
export { ConsentChoice } from "./components/steps/consent-choice";
export { StepHeading } from "./components/steps/step-heading";
export { problemOfText, type WritingProblem } from "./components/writing-result";
export type { HelpView, HelplineView } from "./domain/help-view";
