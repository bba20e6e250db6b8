import type { ReactNode, Ref } from "react";

/** A step's title: focused when the step appears, so screen readers start reading there. */
export function StepHeading({
  headingRef,
  children,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <h1
      ref={headingRef}
      tabIndex={-1}
      className="text-3xl font-bold leading-tight outline-none sm:text-4xl"
    >
      {children}
    </h1>
  );
}
