/**
 * The title of what is shared (the PNG, the PDF, the TimelineJS story): the saved view's name when
 * one is applied, else the story's name, else "Newsline". Pure; the one place that decides it.
 */

/** Where a title can come from. */
export interface ShareTitleSource {
  /** Name of the saved view applied, when the view still shows what it saved. */
  viewName?: string | null;
  /** Name of the story (library) open. */
  storyName?: string | null;
}

export const DEFAULT_SHARE_TITLE = 'Newsline';

const clean = (name: string | null | undefined): string => (name ?? '').replace(/\s+/g, ' ').trim();

/** The title: the view's name, else the story's, else "Newsline". */
export function shareTitle({ viewName, storyName }: ShareTitleSource): string {
  return clean(viewName) || clean(storyName) || DEFAULT_SHARE_TITLE;
}

/**
 * A file name for what is shared: the title made safe for every file system, then the day
 * ("Only Lavrov: talks" → "only-lavrov-talks-2025-01-14.png"); "newsline-…" when nothing is left.
 */
export function shareFileName(
  title: string,
  extension: string,
  day = new Date().toISOString().slice(0, 10),
): string {
  const stem = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'newsline'}-${day}.${extension}`;
}
