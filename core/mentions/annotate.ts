/**
 * Turns selected matches into candidates: original offsets, and what the surrounding words say about them
 * (a namesake's given name or a matching initial before a surname, an acronym defined on the page, a place
 * name used as the name of a field or club).
 */
import * as acronyms from './acronyms';
import * as names from './names';
import * as places from './place-use';
import type { Hit, ScanContext } from './scan-context';
import * as R from './pattern-records';
import * as T from './types';
import type { AliasCandidate, Candidate } from './types';

// Module-local copies of imported bindings: some loaders (tsx) compile imports to getter calls, which would run
// for every candidate.
const { F_ACRONYM, F_CAPITAL, F_LINK_MASK, F_OWN_HEAD, F_PERSON, F_PLACE, F_SHORT, LINKS } = T;
const { acronymDefinition } = acronyms;
const { nameRole } = names;
const { placeUse } = places;
const STRIDE = R.REC_STRIDE;

const LAM = 0x644;

/**
 * Whether an Arabic proclitic starts the matched word (وبالشرع, or the li+al contraction للشرع). A proclitic
 * attaches to a whole name, so a surname that carries one starts its name: the word before is no given name.
 */
function procliticBefore(ctx: ScanContext, hit: Hit): boolean {
  return hit.at > hit.from || (ctx.units[hit.from] === LAM && ctx.units[hit.from + 1] === LAM);
}

function candidateOf(ctx: ScanContext, hits: readonly Hit[], count: number, hit: Hit, rec: number): AliasCandidate {
  const m = ctx.m;
  const at = rec * STRIDE;
  const flags = m.recs[at]!;
  const entity = m.recs[at + 1]!;
  const aux = m.recs[at + 2]!;
  const key = flags & F_PERSON && aux >= 0 ? m.table.strings[aux]! : undefined;
  let from = hit.from;
  let role: AliasCandidate['role'] = flags & F_SHORT ? 'short' : 'full';
  let link = LINKS[flags & F_LINK_MASK]!;
  if (flags & F_SHORT && key !== undefined && !procliticBefore(ctx, hit)) {
    const r = nameRole(ctx, hit.from, hit.to, entity, key);
    role = r.role;
    from = r.from;
    if (role === 'full') link = 'always'; // our given name + surname: the full name
  }
  const start = ctx.norm.start[from]!;
  const end = ctx.norm.start[hit.to]!;
  const id = m.table.ids[entity]!;
  // Each candidate is made in one literal with its final fields (absent ones undefined, which JSON and the wire
  // format leave out): a property added afterwards would grow a property array. Most candidates take the short
  // literal: candidates live until the page's scan returns, so their size is copying work for the collector.
  if (flags & F_ACRONYM && aux >= 0) {
    const def = acronymDefinition(ctx, hits, count, hit, entity) ?? undefined;
    const block = flags & F_PLACE ? (placeUse(ctx, hit, link, (flags & F_OWN_HEAD) !== 0) ?? undefined) : undefined;
    return { t: 'alias', start, end, entity: id, link, role, key, form: m.table.strings[aux], def, block };
  }
  if (flags & F_PLACE) return { t: 'alias', start, end, entity: id, link, role, key, block: placeUse(ctx, hit, link, (flags & F_OWN_HEAD) !== 0) ?? undefined };
  return { t: 'alias', start, end, entity: id, link, role, key };
}

/**
 * Candidates of `hits[0..count)`, in an array of exactly their number (the result is kept by the caller). A
 * full name that reaches back over earlier hits (its given and middle names: "Esad Hasan Şeybani", where "Esad"
 * alone is another entity's alias) drops their candidates: those words are part of this name.
 */
export function annotate(ctx: ScanContext, hits: readonly Hit[], count: number): Candidate[] {
  let total = 0;
  for (let k = 0; k < count; k++) total += hits[k]!.recs.length;
  const out = new Array<Candidate>(total);
  let at = 0;
  for (let k = 0; k < count; k++) {
    const hit = hits[k]!;
    let own = at;
    for (const rec of hit.recs) {
      // A capitalised alias in lower-case text is another word: "дамаск" (damask), "mersin balığı" (sturgeon).
      if (ctx.m.recs[rec * STRIDE]! & F_CAPITAL && !ctx.upper(hit.at)) continue;
      const c = (out[at++] = candidateOf(ctx, hits, count, hit, rec));
      if (c.t !== 'alias' || own === 0 || c.start >= ctx.norm.start[hit.from]!) continue;
      const end = dropWithin(out, own, at, c.start);
      own -= at - end;
      at = end;
    }
  }
  if (at < total) out.length = at;
  return out;
}

/** Removes the candidates in `out[0..own)` that start at or after `start` (they are the last ones); returns the new end. */
function dropWithin(out: Candidate[], own: number, end: number, start: number): number {
  let first = own;
  while (first > 0 && out[first - 1]!.start >= start) first--;
  if (first === own) return end;
  out.copyWithin(first, own, end);
  return end - (own - first);
}
