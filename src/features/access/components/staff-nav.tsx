"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The staff area's links; the current page is marked for screen readers and the eye. */
export function StaffNav({
  label,
  items,
}: {
  label: string;
  items: { href: string; label: string }[];
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-2 sm:px-4">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current =
            item.href === "/staff"
              ? pathname === "/staff"
              : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="flex min-h-11 items-center border-b-4 border-transparent px-3 font-bold text-ink no-underline hover:border-line aria-[current=page]:border-brand aria-[current=page]:text-brand"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
