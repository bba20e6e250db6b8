// next-auth's endpoints (CSRF token, callbacks of the sign-in link, session, sign-out).
import { handlers } from "@/features/staff/server/auth/next-auth";

export const { GET, POST } = handlers;
