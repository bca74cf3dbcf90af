/**
 * Splits a file body that may hold several articles, with general cues: a rule line ("—", "***"),
 * a source footer ("This article is based on facts from …"), a headline after a sign-off line
 * ("Share your thoughts …"), and a story that starts over after its closing section (a truncated
 * second copy pasted after the end of the first).
 */
import { classifyLines, type Line, unwrapLines } from './lines';

/** Where one article lies in the split text. */
export interface ArticleSpan {
  /** Offsets into the text that was split; consecutive spans cover it. */
  start: number;
  end: number;
  /** The article's headline line, when it starts with one. */
  headline?: string;
}

const SIGN_OFF =
  /\b(?:share your (?:thoughts|views|opinion)|leave (?:a|your) comments?|let us know (?:in the comments|what you think)|join the (?:conversation|discussion)|follow us on|subscribe (?:to|for) (?:our|the)|sign up for our)\b/i;
const CONCLUSION_HEADING =
  /^(?:looking ahead|conclusions?|in conclusion|the road ahead|the way forward|what(?:'|’)?s next|what comes next|final thoughts|outlook|the bottom line|bottom line|summary|wrapping up)$/i;
const CLOSER =
  /\b(?:will be (?:critical|crucial|key|decisive|pivotal|telling)|remains? to be seen|only time will tell|for now\b|in the (?:coming|weeks|months) ahead|the world (?:will be )?watch)/i;

function nextNonBlank(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]?.kind !== 'blank') return i;
  return -1;
}

/** Splits `text` into articles; a text with no cue is one article. */
export function splitArticles(text: string): ArticleSpan[] {
  // (a paragraph cut into lines of a fixed width is one paragraph, not a heading and its lines)
  const lines = classifyLines(unwrapLines(text));
  const cuts = new Set<number>(); // line indices where a new article starts
  let articleStart = nextNonBlank(lines, 0);
  let conclusionAt = -1;
  const cut = (lineIndex: number): void => {
    if (lineIndex <= articleStart || lineIndex < 0) return;
    cuts.add(lineIndex);
    articleStart = lineIndex;
    conclusionAt = -1;
  };
  for (let i = Math.max(articleStart, 0); i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.kind === 'blank') continue;
    const next = nextNonBlank(lines, i + 1);
    const nextLine = next >= 0 ? lines[next] : undefined;
    if (line.kind === 'footer') {
      if (nextLine) cut(next);
      continue;
    }
    if (line.kind === 'rule') {
      if (nextLine && nextLine.kind !== 'footer') cut(next);
      continue;
    }
    if (line.kind === 'paragraph' && SIGN_OFF.test(line.text) && nextLine?.kind === 'heading') {
      cut(next);
      continue;
    }
    if (line.kind === 'heading' && CONCLUSION_HEADING.test(line.text.trim().replace(/^#+\s*/, ''))) {
      if (conclusionAt < 0) {
        conclusionAt = i;
        continue;
      }
    }
    // a line that introduces a list ("Key figures:") belongs to the story around it
    const leadIn = line.kind === 'heading' && /:\s*$/.test(line.text);
    if (
      conclusionAt >= 0 &&
      !leadIn &&
      (line.kind === 'heading' || line.kind === 'table-row' || line.kind === 'table-rule')
    ) {
      // the story starts over after its closing section: the new one begins after the last closing line
      const paragraphs: number[] = [];
      for (let j = conclusionAt + 1; j < i; j++) if (lines[j]?.kind === 'paragraph') paragraphs.push(j);
      if (paragraphs.length >= 2) {
        let lastCloser = -1;
        for (const j of paragraphs) if (CLOSER.test(lines[j]?.text ?? '')) lastCloser = j;
        const after = paragraphs.find((j) => j > lastCloser);
        cut(lastCloser >= 0 && after !== undefined ? after : (paragraphs[paragraphs.length - 1] ?? i));
      } else {
        conclusionAt = -1;
      }
    }
  }
  const starts = [0, ...[...cuts].sort((a, b) => a - b).map((i) => lines[i]?.start ?? 0)];
  const spans: ArticleSpan[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? text.length;
    const first = lines.find((l) => l.start >= start && l.kind !== 'blank' && l.start < end);
    spans.push({ start, end, ...(first?.kind === 'heading' ? { headline: first.text.trim() } : {}) });
  });
  return spans.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}
