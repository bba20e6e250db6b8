// The dashboard feature's public face (server code): the results' server functions (each
// checks its permission and keeps the institution in its WHERE) and the CSV downloads.
export { resultsExport, responsesExport } from "./server/api/exports-api";
export { getRoundResults, type RoundResults } from "./server/get-round-results";
export { getBeforeAfter, type BeforeAfter } from "./server/get-before-after";
export { getTrends, type Trends } from "./server/get-trends";
export { getPathwayFunnel, type PathwayFunnel } from "./server/get-pathway-funnel";
export { getClassroomSummary, type ClassroomSummary } from "./server/get-classroom-summary";
export { listResultFilters, type ResultFilters } from "./server/list-result-filters";
export { exportResultsCsv } from "./server/export-results-csv";
export { exportResponsesCsv } from "./server/export-responses-csv";
export { HiddenFigure } from "./components/hidden-figure";
export { TableScroll } from "./components/table-scroll";
