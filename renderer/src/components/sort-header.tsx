import type { SortOrder } from '../lib/sorting';

/** A column header that sorts by its column: a button inside a `th` that states the order with aria-sort. */
export function SortHeader<K extends string>({
  label,
  column,
  order,
  onSort,
  className,
}: {
  label: string;
  column: K;
  order: SortOrder<K>;
  onSort(key: K): void;
  className?: string;
}) {
  const active = order.key === column;
  return (
    <th scope="col" aria-sort={active ? order.direction : undefined} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
