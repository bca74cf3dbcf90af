/**
 * Where an import stands, in words, pure: the step (reading the files, checking them, extracting
 * their events, the files still being read while the first are extracted), the counts, and the
 * time left estimated from the pace so far.
 */
import { formatCount } from './format-count';

export type ImportPhase = 'reading' | 'checking' | 'extracting';

export interface ImportProgressView {
  phase: ImportPhase;
  /** Files through this step, of `total`. */
  done: number;
  total: number;
  /** Articles imported so far (extracting). */
  articles: number;
  /** Seconds left, or null while there is too little to tell. */
  secondsLeft: number | null;
  /** While extracting, the files read so far of all those chosen, until every one is read. */
  read?: { done: number; total: number };
  /** True once Cancel was pressed, until the import has stopped. */
  cancelling?: boolean;
  /** True once the import has stopped after a Cancel (the timeline being brought up to date). */
  stopped?: boolean;
}

/** Time measured, and files done, before an estimate is given (the first files say little of the pace). */
const MIN_ELAPSED_MS = 1000;
const MIN_FILES = 20;

/** Seconds left at the pace so far: `done` of `total` files in `elapsedMs`; null when too early to tell. */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done < Math.min(MIN_FILES, total) || done <= 0 || elapsedMs < MIN_ELAPSED_MS || done >= total)
    return done >= total && total > 0 ? 0 : null;
  return Math.ceil(((total - done) * elapsedMs) / done / 1000);
}

/** "about 40 s left", "about 3 min left", "less than 5 s left". */
export function describeTimeLeft(seconds: number): string {
  if (seconds < 5) return 'less than 5 s left';
  if (seconds < 60) return `about ${Math.round(seconds / 5) * 5} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  return `about ${hours} h ${minutes % 60} min left`;
}

const n = (count: number): string => formatCount(count);
const plural = (count: number, word: string): string => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

/** The step and its counts ("Extracting events: 340 of 5,000 files"), and what else is known. */
export function describeProgress(p: ImportProgressView): { status: string; detail: string } {
  if (p.stopped) return { status: 'Import stopped', detail: 'Showing the files finished…' };
  if (p.cancelling) return { status: 'Cancelling…', detail: 'Keeping the files finished.' };
  if (p.phase === 'reading')
    return { status: `Reading files: ${n(p.done)} of ${plural(p.total, 'file')}`, detail: '' };
  if (p.phase === 'checking')
    return { status: `Checking files: ${n(p.done)} of ${plural(p.total, 'file')}`, detail: '' };
  const parts = [`${plural(p.articles, 'article')} imported`];
  if (p.read && p.read.done < p.read.total)
    parts.unshift(`Reading files: ${n(p.read.done)} of ${n(p.read.total)}`);
  if (p.secondsLeft !== null) parts.push(describeTimeLeft(p.secondsLeft));
  return {
    status: `Extracting events: ${n(p.done)} of ${plural(p.total, 'file')}`,
    detail: parts.join(' · '),
  };
}
