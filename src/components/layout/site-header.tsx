import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("common");
  return (
    <header className="border-b border-line bg-surface/80">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
        <Link
          href="/"
          className="flex items-center gap-2 text-xl font-bold text-brand no-underline"
        >
          <span
            aria-hidden="true"
            className="inline-block size-7 rounded-full bg-brand-soft ring-4 ring-brand"
          />
          {t("siteName")}
        </Link>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
