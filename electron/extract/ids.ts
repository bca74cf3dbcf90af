/** Stable short ids from content (FNV-1a, 64 bits as two 32-bit halves, base 36). */

function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A short stable hash of `text`. */
export function stableHash(text: string): string {
  return (
    fnv(text, 0x811c9dc5).toString(36).padStart(7, '0') + fnv(text, 0x01234567).toString(36).padStart(7, '0')
  );
}
