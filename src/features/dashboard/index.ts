// The dashboard's browser-safe entry: its pure statistics and anonymity rules (the network
// report pools schools with the same formulas and the same k; the rounds list shows counts the
// same way) and a table wrapper. Server code is in ./server.
export { minGroupSize, suppress, type Suppressed, type Suppressible } from "./domain/anonymity";
export {
  countForDisplay,
  groupDistrust,
  safeRemainder,
  ungroupedPadding,
  weeklyFigure,
} from "./domain/disclosure";
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
export { optionsFigure, type OptionShare } from "./domain/round-figures";
export { TableScroll } from "./components/table-scroll";
