import '../styles/marks.css';

/** The kinds of event and their colours (marks.css gives them to the items and to this legend). */
export const KIND_MARKS = [
  { className: 'nl-q1', label: 'Verbal cooperation' },
  { className: 'nl-q2', label: 'Material cooperation' },
  { className: 'nl-q3', label: 'Verbal conflict' },
  { className: 'nl-q4', label: 'Material conflict' },
] as const;

/** What the colours and shapes of the timeline's items mean (`searching`: with the mark of a match). */
export function Legend({ searching = false }: { searching?: boolean }) {
  return (
    <ul className="legend" aria-label="Legend">
      {KIND_MARKS.map((k) => (
        <li key={k.className}>
          <span className={`swatch kind-mark ${k.className}`} aria-hidden="true" /> {k.label}
        </li>
      ))}
      <li>
        <span className="swatch span-mark" aria-hidden="true" /> Dashed: month, year or approximate date
      </li>
      {searching ? (
        <li>
          <span className="swatch match-mark" aria-hidden="true" /> Ringed: matches the search
        </li>
      ) : null}
    </ul>
  );
}
