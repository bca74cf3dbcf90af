/**
 * The binary search the sorted lists of the page share: the first of `count` positions for which
 * `before(i)` is false, where it is true for every position before that one and false after.
 */
export function lowerBound(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
