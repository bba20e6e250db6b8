import { authRoutes } from "@/features/staff/server";

export const { GET, POST } = authRoutes;
