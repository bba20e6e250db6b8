import { resultsExport } from "@/features/dashboard";

export const { GET } = resultsExport;
