/**
 * CAMEO codes of an event: the root its verb or phrase names, and the intent (03, 13) of an act a
 * statement announces for later.
 */
import type { CameoCode } from '../shared/model';
import { phraseCode, type VerbInfo } from './verb-forms';

/**
 * "said it would seek a meeting": an act that a statement announces for later is an intent to
 * cooperate (03) when the act is cooperative, a threat (13) when it is coercive, as CAMEO codes it.
 */
export function intentOf(code: CameoCode | null, speech: boolean, afterVerb: string): CameoCode | null {
  if (!speech || !code || code === '01' || code === '03' || code === '13') return code;
  const modal =
    /\b(?:will|would|plans? to|planned to|intends? to|intended to|is to|are to|was to|were to)\b/.exec(
      afterVerb,
    );
  if (!modal) return code;
  const phrase = phraseCode(afterVerb);
  if (phrase && phrase.at < modal.index) return code;
  if (['04', '05', '06', '07', '08'].includes(code)) return '03';
  if (['15', '16', '17', '18', '19', '20'].includes(code)) return '13';
  return code;
}

/** The CAMEO root of a clause: its specific active verb, else a phrase it holds, else its verb's. */
export function cameoOf(verb: VerbInfo | undefined, clauseLower: string, passive = false): CameoCode | null {
  // a specific active verb names the act ("annexed Crimea, a move condemned by …" is 19, not 11)
  if (verb?.code && verb.code !== '01' && !passive) return verb.code;
  const phrase = phraseCode(clauseLower);
  if (phrase && phrase.code !== '01') return phrase.code;
  if (verb?.code && verb.code !== '01') return verb.code;
  if (verb?.code === '01' || phrase) return '01';
  return null;
}
