/** The column headings of a network table: the school, then its figures. */
export function TableHead({ headings }: { headings: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-line">
        {headings.map((heading) => (
          <th key={heading} scope="col" className="p-2">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
