import { responsesExport } from "@/features/dashboard";

export const { GET } = responsesExport;
