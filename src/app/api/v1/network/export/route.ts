import { networkExport } from "@/features/network";

export const { GET } = networkExport;
