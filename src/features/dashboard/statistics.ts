// The dashboard's pure statistics and anonymity rules, as a narrow entry for other features
// (the network report pools schools with the same formulas and the same k). No server code.
export { minGroupSize, suppress, type Suppressed, type Suppressible } from "./domain/anonymity";
export {
  bandShares,
  meanEstimateFromSummary,
  type BandShare,
  type Interval,
  type MeanEstimate,
  type ScoreSummary,
} from "./domain/statistics";
export { pairedChange, type PairedChange } from "./domain/effect-sizes";
export { normalQuantile } from "./domain/student-t";
export { weeklyFigure } from "./domain/disclosure";
export { optionsFigure, type OptionShare } from "./domain/round-figures";
export { safeRemainder } from "./domain/disclosure";
