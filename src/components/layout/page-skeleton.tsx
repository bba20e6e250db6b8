/**
 * A grey outline of a staff page while its figures load: a title, a row of filters and a few
 * blocks. Screen readers hear `label` once, as the page's heading until the page itself
 * arrives (a page is never without its level-one heading); the shapes are hidden from them.
 */
export function PageSkeleton({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <div
      role="status"
      aria-busy="true"
      className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8 motion-safe:animate-pulse"
    >
      <h1 className="sr-only">{label}</h1>
      <div aria-hidden="true" className="h-9 w-2/3 max-w-md rounded-lg bg-line" />
      <div aria-hidden="true" className="flex flex-wrap gap-3">
        <div className="h-11 w-40 rounded-xl bg-line" />
        <div className="h-11 w-40 rounded-xl bg-line" />
      </div>
      {Array.from({ length: blocks }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-40 rounded-2xl bg-surface ring-1 ring-line" />
      ))}
    </div>
  );
}
