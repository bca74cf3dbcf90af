/** What the colours and shapes of the timeline's items mean. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch nl-q1" aria-hidden="true" /> Verbal cooperation
      </li>
      <li>
        <span className="swatch nl-q2" aria-hidden="true" /> Material cooperation
      </li>
      <li>
        <span className="swatch nl-q3" aria-hidden="true" /> Verbal conflict
      </li>
      <li>
        <span className="swatch nl-q4" aria-hidden="true" /> Material conflict
      </li>
      <li>
        <span className="swatch span" aria-hidden="true" /> Bar: month, year or approximate date
      </li>
    </ul>
  );
}
