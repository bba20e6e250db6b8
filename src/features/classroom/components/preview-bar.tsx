import type { ReactNode } from "react";

/** The band above every screen of "Try it as a student": it says nothing is stored. */
export function PreviewBar({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="border-b-2 border-line bg-accent-soft px-4 py-3 text-ink"
    >
      <div className="mx-auto flex max-w-xl flex-col gap-2">
        <h2 id={id} className="font-bold">
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
