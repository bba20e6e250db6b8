/** One titled part of the network report: a heading, an optional explanation, its figures. */
export function ReportSection({
  id,
  title,
  text,
  children,
}: {
  id: string;
  title: string;
  text?: string;
  children: React.ReactNode;
}) {
  return (
    <section className="flex flex-col gap-3" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      {text ? <p className="max-w-3xl">{text}</p> : null}
      {children}
    </section>
  );
}
