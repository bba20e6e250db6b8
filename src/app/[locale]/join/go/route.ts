import { normaliseRoundCode } from "@/features/survey";
import { isLocale } from "@/i18n/locales";
import { badAddressResponse } from "@/lib/http/bad-address";

// The code form sent without JavaScript (a plain GET of ?code=) comes here, so the join page
// itself stays prerendered: on to the session's page, or back to the form if nothing was
// typed. "go" can never be a code (a code has 4 to 12 letters and numbers).
export async function GET(request: Request, { params }: RouteContext<"/[locale]/join/go">) {
  const { locale } = await params;
  const url = new URL(request.url);
  // Another language's address: the 404 page, as for any address we do not have.
  if (!isLocale(locale)) return badAddressResponse(url.pathname);
  const typed = url.searchParams.get("code") ?? "";
  const code = normaliseRoundCode(typed.slice(0, 40));
  const to = code ? `/${locale}/join/${encodeURIComponent(code)}` : `/${locale}/join`;
  // Relative, so the address the student's browser used (behind a proxy) stays the host.
  return new Response(null, { status: 303, headers: { location: to } });
}
