import { resultsExport } from "@/features/dashboard/server";

export const { GET } = resultsExport;
