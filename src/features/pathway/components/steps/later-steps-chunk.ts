// What src/features/pathway/components/steps/later-steps.tsx loads on demand.
export { AdviceStep } from "./advice-step";
export { ConsentStep } from "./consent-step";
export { ReflectStep } from "./reflect-step";
export { SchoolStep } from "./school-step";
export { SupportStep } from "./support-step";
export { ThanksStep } from "./thanks-step";
