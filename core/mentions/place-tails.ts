/**
 * A place whose own name carries a head noun ("Al-Kashma oil fields" beside "Al-Kashma", "Kashma", "East Kashma")
 * is named with that noun after any of its names ("the Kashma fields", "East Kashma field"). Elsewhere a head noun
 * after a place name says it is something else (place-use.ts), so the compiler adds these names with the
 * place's own tails as patterns, and the longest match keeps the head noun inside the mention.
 */
import { isHeadTail } from './place-use';
import { F_PARADIGM_SHIFT } from './types';

/** The head-noun tails of a place's own names (normalised forms), also without their resource words. */
export function placeTails(forms: readonly string[]): string[] {
  const tails = new Set<string>();
  for (const a of forms) {
    for (const b of forms) {
      if (b.length <= a.length + 1 || !b.startsWith(a) || b[a.length] !== ' ') continue;
      const rest = b.slice(a.length + 1);
      if (!isHeadTail(rest)) continue;
      const words = rest.split(' ');
      const head = words.pop()!;
      // The other number of an English head noun too ("oil fields" → "oil field"), when it is a head noun.
      const heads = [head, head.endsWith('s') ? head.slice(0, -1) : `${head}s`].filter((h) => isHeadTail(h));
      for (const h of heads) for (let k = 0; k <= words.length; k++) tails.add([...words.slice(k), h].join(' '));
    }
  }
  return [...tails];
}

/** The patterns a place's name gets from its tails: none for a name that already ends in one. */
export function withTails(form: string, tails: readonly string[]): string[] {
  if (tails.some((t) => form.endsWith(` ${t.slice(t.lastIndexOf(' ') + 1)}`))) return [];
  return tails.map((t) => `${form} ${t}`);
}

/**
 * Adds a place's own tails to the patterns of its names (records `from..to` of the compiler's columns, one
 * place's aliases): only to names matched as full forms (not exact-case masks, not Russian stems). Returns
 * whether the place has such tails.
 */
export function addPlaceTails(
  d: { forms: readonly string[]; flags: readonly number[]; masks: readonly (Uint8Array | null)[] },
  from: number,
  to: number,
  add: (pattern: string, record: number) => void,
): boolean {
  const tails = placeTails(d.forms.slice(from, to));
  if (!tails.length) return false;
  for (let r = from; r < to; r++) {
    if (d.masks[r] || ((d.flags[r]! >>> F_PARADIGM_SHIFT) & 15) !== 0) continue;
    for (const p of withTails(d.forms[r]!, tails)) add(p, r);
  }
  return true;
}
