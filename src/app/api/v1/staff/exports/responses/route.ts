import { responsesExport } from "@/features/dashboard/server";

export const { GET } = responsesExport;
