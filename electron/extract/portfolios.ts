/**
 * Portfolios of an office: the capitalised words after "Minister of" or "Secretary for" name what
 * the office is in charge of ("Minister of Rural Affairs", "Minister of Lands and Coastal
 * Affairs", "Secretary for Rural Housing"), not an actor. Read as a name they became people or bodies
 * of their own ("Affairs", "Coastal Affairs"), and then the holder of any minister's title.
 */
import type { Token } from './tokens';

/** Offices whose portfolio is written after "of" or "for". */
const OFFICES = new Set([
  'minister',
  'ministers',
  'secretary',
  'secretaries',
  'commissioner',
  'commissioners',
]);

/** The last words of a portfolio: what a government's departments are in charge of. */
const PORTFOLIO_ENDS = new Set(
  `affairs service services works security development resources relations planning finance
  justice trade industry industries transport transportation agriculture health defence defense
  interior environment energy labour labor tourism culture communications infrastructure immigration
  fisheries lands housing youth sport sports welfare women children family economy commerce
  information technology mines mining forestry forests water veterans education training employment
  investment cooperation integration administration reform budget treasury revenue
  aviation heritage arts science research innovation telecommunications broadcasting religion
  territories regions questions`.split(/\s+/),
);

/** Lower-case words that may stand between an office's "of" and the run: "the", "and". */
const LINKS = new Set(['the', 'and']);

/**
 * True when the capitalised run of `tokens` [from, to) is a portfolio after its office: the office's
 * title, then "of" or "for", then capitalised words joined by "and", the run's last word
 * one a department is in charge of ("Minister of Rural Affairs": "Affairs"; "Minister of Lands
 * and Coastal Affairs": "Coastal Affairs"). "Secretary of State Ana Coll" names a person still.
 */
export function inPortfolio(tokens: Token[], from: number, to: number): boolean {
  if (!PORTFOLIO_ENDS.has(tokens[to - 1]?.key ?? '')) return false;
  let k = from - 1;
  let linked = false;
  for (let steps = 0; steps < 8 && k >= 0; steps++, k--) {
    const t = tokens[k];
    if (!t || t.possessive) return false;
    if (OFFICES.has(t.key)) return linked;
    // (the office comes right before its "of": "Minister Tor Berg of Kelby" is a person's)
    if (linked) return false;
    if (t.key === 'of' || t.key === 'for') linked = true;
    else if (!LINKS.has(t.key) && !t.cap) return false;
  }
  return false;
}

/** True when the run of `tokens` [from, to) is an office and its portfolio ("Minister of Rural Development"). */
export const isOffice = (tokens: Token[], from: number, to: number): boolean =>
  OFFICES.has(tokens[from]?.key ?? '') &&
  /^(?:of|for)$/.test(tokens[from + 1]?.key ?? '') &&
  inPortfolio(tokens, from + 2, to);
