import '../styles/marks.css';
import '../styles/legend.css';
import { legendMarks, type LegendContext } from '../timeline/legend-marks';

/** What the colours and shapes of the timeline's items mean: the marks in use (timeline/legend-marks.ts). */
export function Legend({ context }: { context: LegendContext }) {
  return (
    <ul className="legend" aria-label="Legend" data-share="">
      {legendMarks(context).map((mark) => (
        <li key={mark.key} data-mark={mark.key}>
          <span className={mark.swatch} aria-hidden="true" /> {mark.label}
        </li>
      ))}
    </ul>
  );
}
