"use client";

/** Yes or no, nothing chosen in advance: may a piece of writing be shown, without a name? */
export function ConsentChoice({
  id,
  legend,
  yes,
  no,
  value,
  onChange,
  missing,
}: {
  id: string;
  legend: string;
  yes: string;
  no: string;
  value: boolean | undefined;
  onChange: (consent: boolean) => void;
  /** The words asking for a choice, shown after a send without one. */
  missing?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={missing ? errorId : undefined}>
      <legend className="mb-2 font-bold">{legend}</legend>
      {([true, false] as const).map((choice) => (
        <label
          key={String(choice)}
          className="flex cursor-pointer items-start gap-3 rounded-xl border-2 border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
        >
          <input
            type="radio"
            name={id}
            checked={value === choice}
            onChange={() => onChange(choice)}
            className="mt-1 size-5 shrink-0 accent-brand"
          />
          <span>{choice ? yes : no}</span>
        </label>
      ))}
      {missing ? (
        <p id={errorId} role="alert" className="text-sm font-bold text-danger">
          {missing}
        </p>
      ) : null}
    </fieldset>
  );
}
