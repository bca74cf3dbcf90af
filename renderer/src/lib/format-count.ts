/**
 * A count as the page writes it: digits in groups of three ("100,000"), as `toLocaleString('en')`
 * writes a whole number. Written out by hand because the browser's first `toLocaleString` loads
 * its number-formatting data (tens of milliseconds, paid as the timeline is first drawn).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}
