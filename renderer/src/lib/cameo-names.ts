/** Names of the CAMEO root codes, the kinds of events. */
const CAMEO_ROOTS: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

/** The kind of event named by a CAMEO code's root ("0421" → "Consult"); null when unknown. */
export function cameoRootName(code: string | null | undefined): string | null {
  if (!code) return null;
  const root = code.trim().slice(0, 2).padStart(2, '0');
  return CAMEO_ROOTS[root] ?? null;
}
