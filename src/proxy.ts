// Every page lives under /{locale}; `/` and paths without a locale are redirected by the
// student's Accept-Language (or a previous choice).
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Not for API routes, Next's own files, or files with an extension (icons, audio).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
