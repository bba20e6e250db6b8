import { authRoutes } from "@/features/access/server";

export const { GET, POST } = authRoutes;
