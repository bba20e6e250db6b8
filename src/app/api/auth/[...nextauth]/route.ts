// next-auth's endpoints (CSRF token, callbacks of the sign-in link, session, sign-out).
export { GET, POST } from "@/features/staff/server/auth/routes";
