import type { ReactNode } from "react";

/** The content column of a staff page. */
export function StaffPage({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-8">{children}</div>;
}

export function PageHeading({
  title,
  intro,
  action,
}: {
  title: string;
  intro?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="flex max-w-2xl flex-col gap-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        {intro ? <p className="text-lg text-muted">{intro}</p> : null}
      </div>
      {action}
    </div>
  );
}
