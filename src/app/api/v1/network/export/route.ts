import { networkExport } from "@/features/network/server";

export const { GET } = networkExport;
