/** Timeline items of events: text, tooltip and class names. Article text is untrusted: everything is escaped. */
import type { PageEvent } from '../../../electron/shared/contract';
import { formatEventDate } from '../lib/event-dates';

/** Escapes text for use inside HTML (vis-timeline also sanitises what it is given). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Cuts a title to a length that fits an item on the timeline, at a word boundary when possible. */
export function shortTitle(title: string, max = 60): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * CAMEO quad class of an event's kind: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
 * 3 verbal conflict (09–13), 4 material conflict (14–20); 0 when the kind is unknown.
 */
export function quadClass(cameo: string | null): 0 | 1 | 2 | 3 | 4 {
  const root = cameo ? Number(cameo.slice(0, 2)) : NaN;
  if (!Number.isFinite(root) || root < 1 || root > 20) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** Names of the actors in one line, with "→" between those who act and those acted upon. */
export function actorLine(event: Pick<PageEvent, 'actors'>): string {
  const sources = event.actors.filter((a) => a.role === 'source').map((a) => a.name);
  const targets = event.actors.filter((a) => a.role === 'target').map((a) => a.name);
  if (sources.length === 0 && targets.length === 0) return 'No named actor';
  if (targets.length === 0) return sources.join(', ');
  if (sources.length === 0) return `→ ${targets.join(', ')}`;
  return `${sources.join(', ')} → ${targets.join(', ')}`;
}

/** Item text (the short title) and tooltip (title, date, actors) as escaped HTML. */
export function itemText(event: PageEvent): { content: string; title: string } {
  return {
    content: escapeHtml(shortTitle(event.title)),
    title: [event.title, formatEventDate(event), actorLine(event), modalityText(event.modality)]
      .filter((line): line is string => !!line)
      .map(escapeHtml)
      .join('<br>'),
  };
}

/** Class names of an event's item: its precision, the quad class of its kind, how it is told. */
export function itemClassName(event: Pick<PageEvent, 'precision' | 'cameo' | 'modality'>): string {
  return `nl-event nl-${event.precision} nl-q${quadClass(event.cameo)}${event.modality ? ` nl-${event.modality}` : ''}`;
}

/** "planned", "did not happen", "reported": how an event is told when not as a plain fact. */
export function modalityText(modality: PageEvent['modality']): string | undefined {
  switch (modality) {
    case 'planned':
      return 'planned, not yet done';
    case 'negated':
      return 'not done';
    case 'reported':
      return 'reported, not confirmed';
    default:
      return undefined;
  }
}

/** The accessible name of an event's item: "title, date, actors". */
export function itemLabel(event: PageEvent): string {
  const told = modalityText(event.modality);
  return `${event.title}, ${formatEventDate(event)}, ${actorLine(event)}${told ? `, ${told}` : ''}`;
}
