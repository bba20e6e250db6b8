"use client";

/** One choice of a select: its value and its label, already translated. */
export type SelectOption = readonly [value: string, label: string];

/**
 * A select's options from a plain list. Rendered on the server, a long list of option elements
 * is sent to the browser as one chunk per option (React splits a large payload element by
 * element, and the HTML streams each chunk as a segment of its own); as a client component's
 * props the list travels once, as data, and the options are still in the HTML, so the form
 * works before (and without) JavaScript.
 */
export function SelectOptions({ options }: { options: readonly SelectOption[] }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
