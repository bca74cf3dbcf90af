/**
 * A nickname in quotation marks inside a person's name: Petr “Kestrel” Halas, Ana "La
 * Roca" Ruiz. The marks set off a name, not anyone's words (`quotes.isNicknameAt`), and the
 * person is named by the words around it ("Petr Halas"), so "Mr Halas" later is the same one.
 */
import { isNameToken } from './name-words';
import type { MentionScan } from './mention';
import { isNicknameAt } from './quotes';

/** Marks each person named with a nickname as one mention: given names, nickname, surname. */
export function nicknamedPeople(scan: MentionScan): void {
  const { tokens, text, offset, used, mark, gap, ctx } = scan;
  for (let n = 1; n + 1 < tokens.length; n++) {
    if (!/^ [“"‘']$/.test(gap(n - 1, n)) || used[n - 1]) continue;
    let end = n;
    while (end - n < 3 && tokens[end + 1] && gap(end, end + 1) === ' ') end++;
    const open = (tokens[n]?.start ?? 0) - offset - 1;
    const close = (tokens[end]?.end ?? 0) - offset + 1;
    if (!isNicknameAt(text, open, close - open)) continue;
    const surname = tokens[end + 1];
    if (!isNameToken(tokens[n - 1]) || !isNameToken(surname) || !surname || used[end + 1]) continue;
    let from = n - 1;
    while (from > 0 && n - from < 3 && gap(from - 1, from) === ' ' && isNameToken(tokens[from - 1])) from--;
    const given = tokens.slice(from, n).map((t) => t.text);
    const name = [...given, surname.text].join(' ');
    mark({ from, to: end + 2, name, kind: 'person', via: 'rule' });
    if (!ctx.known.has(name)) ctx.known.set(name, { name, kind: 'person' });
    if (!ctx.known.has(surname.text)) ctx.known.set(surname.text, { name, kind: 'person' });
    n = end + 1;
  }
}
