import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/**
 * The foot of every page: the privacy notice, one tap away for every student. It reads
 * nothing of the request, so the prerendered pages stay prerendered.
 */
export function SiteFooter() {
  const t = useTranslations("common");
  return (
    <footer className="border-t border-line bg-surface/80 print:hidden">
      <nav
        aria-label={t("footerLabel")}
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4"
      >
        <Link
          href="/privacy"
          className="inline-flex min-h-11 items-center font-bold text-brand underline underline-offset-4"
        >
          {t("privacy")}
        </Link>
      </nav>
    </footer>
  );
}
