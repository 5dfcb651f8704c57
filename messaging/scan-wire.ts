/**
 * The `scanBlocks` reply on the wire: the candidates of every block as one flat list of numbers and one
 * table of the strings they name (entity ids, links, roles, surname keys, acronym forms), each string once.
 * Extension messages are serialised as JSON, and a list of objects with repeated keys and ids costs several
 * times the bytes, parse time and garbage of a list of small numbers (most of the content script's message
 * cost on a large page). Pure and DOM-free.
 *
 * Layout, per block in order: the candidate count, then each candidate:
 * - alias: `0, start, end, entity, link, role, key, form, def, block` (strings as table indexes, -1 = absent;
 *   def 0 none / 1 self / 2 other; block 0 none / 1 head / 2 quote)
 * - cue:   `1, start, end, cue, n, entity × n`
 */
import type { AliasCandidate, Candidate } from '../core/mentions/types';
import type { AliasLink } from '../data/types';

export interface WireCandidates {
  strings: string[];
  data: number[];
}

const LINKS: readonly AliasLink[] = ['always', 'context', 'after-full'];
const ROLES: readonly AliasCandidate['role'][] = ['full', 'initial', 'short', 'other', 'aside'];
const DEFS = [undefined, 'self', 'other'] as const;
const BLOCKS = [undefined, 'head', 'quote'] as const;

export function encodeCandidates(blocks: readonly (readonly Candidate[])[]): WireCandidates {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string | undefined): number => {
    if (s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const data: number[] = [];
  for (const list of blocks) {
    data.push(list.length);
    for (const c of list) {
      if (c.t === 'cue') {
        data.push(1, c.start, c.end, c.cue, c.entities.length, ...c.entities.map(id));
        continue;
      }
      data.push(0, c.start, c.end, id(c.entity), id(c.link), id(c.role), id(c.key), id(c.form));
      data.push(c.def === 'self' ? 1 : c.def === 'other' ? 2 : 0, c.block === 'head' ? 1 : c.block === 'quote' ? 2 : 0);
    }
  }
  return { strings, data };
}

/** The inverse of `encodeCandidates`; a malformed reply is an error, never a silently wrong mark. */
export function decodeCandidates(wire: WireCandidates, blockCount: number): Candidate[][] {
  const { strings, data } = wire;
  let i = 0;
  const num = (): number => {
    const v = data[i++];
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error('scanBlocks: malformed candidate data');
    return v;
  };
  const at = (k: number): string => {
    const s = strings[k];
    if (s === undefined) throw new Error('scanBlocks: candidate names a missing string');
    return s;
  };
  const str = (): string => at(num());
  const optional = (): string | undefined => {
    const k = num();
    return k === -1 ? undefined : at(k);
  };
  const oneOf = <T>(values: readonly T[], s: string): T => {
    if (!values.includes(s as T)) throw new Error(`scanBlocks: unknown candidate value "${s}"`);
    return s as T;
  };
  const out: Candidate[][] = [];
  for (let b = 0; b < blockCount; b++) {
    const list: Candidate[] = [];
    for (let n = num(); n > 0; n--) {
      const kind = num();
      const start = num();
      const end = num();
      if (kind !== 0 && kind !== 1) throw new Error('scanBlocks: malformed candidate data');
      if (kind === 1) {
        const cue = num();
        const entities: string[] = [];
        for (let k = num(); k > 0; k--) entities.push(str());
        list.push({ t: 'cue', start, end, cue, entities });
        continue;
      }
      const c: AliasCandidate = { t: 'alias', start, end, entity: str(), link: oneOf(LINKS, str()), role: oneOf(ROLES, str()) };
      const key = optional();
      const form = optional();
      const def = DEFS[num()];
      const block = BLOCKS[num()];
      if (key !== undefined) c.key = key;
      if (form !== undefined) c.form = form;
      if (def) c.def = def;
      if (block) c.block = block;
      list.push(c);
    }
    out.push(list);
  }
  if (i !== data.length) throw new Error('scanBlocks: candidate data does not match the blocks sent');
  return out;
}
