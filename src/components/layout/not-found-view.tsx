import type { ReactNode } from "react";

/** The 404 page's content; the caller supplies the words and the way home in its language. */
export function NotFoundView({
  title,
  text,
  home,
}: {
  title: string;
  text: string;
  home: ReactNode;
}) {
  return (
    <section className="mx-auto flex max-w-xl flex-col items-start gap-4 px-5 py-16">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-lg text-muted">{text}</p>
      {home}
    </section>
  );
}
