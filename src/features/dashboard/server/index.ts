// The dashboard's server entry: the results' server functions (each checks its permission and
// keeps the institution in its WHERE) and the CSV downloads.
import "server-only";

export { resultsExport, responsesExport } from "./api/exports-api";
export { getRoundResults, type RoundResults } from "./get-round-results";
export { getBeforeAfter, type BeforeAfter } from "./get-before-after";
export { getTrends, type Trends } from "./get-trends";
export { getPathwayFunnel, type PathwayFunnel } from "./get-pathway-funnel";
export { getClassroomSummary, type ClassroomSummary } from "./get-classroom-summary";
export { listResultFilters, type ResultFilters } from "./list-result-filters";
export { exportResultsCsv } from "./export-results-csv";
export { exportResponsesCsv } from "./export-responses-csv";
export { HiddenFigure } from "../components/hidden-figure";
// Which answers a figure may count, for every report that reads survey answers (the network's too).
export { trustedResponse } from "./queries/trusted";
