/**
 * The background scan: normalise a block, walk the trie from every word start, keep the longest alias match
 * (leftmost first), check letter case, word ends and inflection suffixes, and collect cue words.
 * The result is plain candidates; page-level decisions are left to `resolve.ts`.
 */
import { WORD } from './chars';
import { annotate } from './annotate';
import { mayBeginCue } from './cue-starts';
import { aliasEnd, caseMatches, cueEnd } from './match-ends';
import { normalizeScratch } from './normalize';
import { mayBegin, nextHead, procliticOf } from './heads';
import * as P from './prefix-table';
import * as R from './pattern-records';
import * as Tr from './trie';
import type { Trie } from './trie';
import * as T from './types';
import type { Candidate, CompiledMatcher } from './types';
import { ScanContext, type Hit } from './scan-context';

// Module-local copies of imported bindings: some loaders (tsx) compile imports to getter calls, which would
// sit in the hot loop.
const W = WORD;
const { childOf: child, patternAt: patternOf, patternIdAt: patternId, TERM: TERM_F, UPPER: UPPER_ONLY } = Tr;
const { F_CUE, F_EXACT } = T;
const { recordOf, flagsOf, recEntity: entityOf, recFlags: recFlagsOf } = R;
const { gram: gramOf, TRI_SHIFT, TRI_END_AT } = P;

class Collector {
  bestTo = -1;
  bestAt = -1;
  /** Where the best match's pattern ended, before any inflection suffix. */
  bestEnd = -1;
  /** The best match's records: `bestRecs[0..bestCount)` (a count, not `length = 0`: that drops the backing store). */
  readonly bestRecs: number[] = [];
  bestCount = 0;
  readonly cues = new Map<number, { from: number; to: number; entities: number[] }>();
  /** Cue patterns already reported for this page (by earlier blocks of the same call): not reported again. */
  reported: Set<number> | null = null;

  /** A cue word: reported once per block and pattern, with every entity it cues. */
  cue(ctx: ScanContext, pat: number, rec: number, flags: number, from: number, e: number): void {
    const entity = entityOf(ctx.m.recs, rec);
    const seen = this.cues.get(pat);
    if (seen) {
      if (!seen.entities.includes(entity)) seen.entities.push(entity);
      return;
    }
    if (this.reported?.has(pat)) return;
    const to = cueEnd(ctx, e, flags);
    if (to >= 0) this.cues.set(pat, { from, to, entities: [entity] });
  }

  alias(ctx: ScanContext, rec: number, flags: number, ps: number, e: number): void {
    if (flags & F_EXACT && !caseMatches(ctx, rec, ps, e)) return;
    const to = aliasEnd(ctx, e, flags);
    if (to < 0 || to < this.bestTo) return;
    if (to > this.bestTo) {
      this.bestTo = to;
      this.bestAt = ps;
      this.bestEnd = e;
      this.bestRecs[0] = rec;
      this.bestCount = 1;
      return;
    }
    for (let k = 0; k < this.bestCount; k++) if (this.bestRecs[k] === rec) return;
    this.bestRecs[this.bestCount++] = rec;
  }
}

function onRecord(ctx: ScanContext, col: Collector, rec: number, flags: number, pat: number, from: number, ps: number, e: number): void {
  if (flags & F_CUE) col.cue(ctx, pat, rec, flags, from, e);
  else col.alias(ctx, rec, flags, ps, e);
}

/** The records of a pattern: one travels with its flags in `patRec` (see `pattern-records.ts`), several in `multi`. */
function onPattern(ctx: ScanContext, col: Collector, pat: number, from: number, ps: number, e: number): void {
  const { patRec, multi, recs } = ctx.m;
  const r = patRec[pat]!;
  if (r >= 0) return onRecord(ctx, col, recordOf(r), flagsOf(r), pat, from, ps, e);
  const at = -r - 1;
  for (let k = 1; k <= multi[at]!; k++) {
    const rec = multi[at + k]!;
    onRecord(ctx, col, rec, recFlagsOf(recs, rec), pat, from, ps, e);
  }
}

/**
 * Whether a walk from `ps` may go on at node `v`: not when only patterns that need an upper-case first letter lie
 * at or below it and the text's first letter is not upper-case (lower-case "from" against the acronym FROM: no
 * pattern look-up, record or case mask is touched).
 */
function goesOn(ctx: ScanContext, t: Trie, v: number, ps: number): boolean {
  return ((t.node[v]! >>> t.flagShift) & UPPER_ONLY) === 0 || ctx.upper(ps);
}

/** Walks the trie from `ps` (the word starts at `from`), reporting every pattern that ends on the way. */
function walkFrom(ctx: ScanContext, col: Collector, from: number, ps: number): void {
  const t = ctx.m.trie;
  const u = ctx.units;
  const n = u.length;
  const symOf = t.symOf;
  const s1 = symOf[u[ps]!]!;
  const n1 = s1 === 0 ? 0 : t.root[s1]!;
  if (n1 === 0 || !goesOn(ctx, t, n1, ps)) return;
  const p1 = patternOf(t, n1);
  if (p1 >= 0) onPattern(ctx, col, p1, from, ps, ps + 1);
  if (ps + 1 >= n) return;
  const pair = s1 * t.width + symOf[u[ps + 1]!]!;
  const n2 = t.pairs[pair]!;
  if (n2 === 0) return;
  if (t.pairEnds[pair] === 1) {
    if (!goesOn(ctx, t, n2, ps)) return;
    onPattern(ctx, col, patternOf(t, n2), from, ps, ps + 2);
  }
  if (ps + 2 >= n) return;
  const s3 = symOf[u[ps + 2]!]!;
  if (s3 === 0) return;
  // The depth-3 node matters only where a pattern ends on it, and the (cached) bitset of three-unit patterns
  // says where one may: most walks go straight to the depth-4 node, one jump-table probe instead of two.
  const b3 = gramOf(pair, s3) >>> TRI_SHIFT;
  if ((t.grams[(TRI_END_AT + b3) >>> 5]! & (1 << (b3 & 31))) !== 0) {
    const n3 = jumpOf(t.jump, pair, s3 * t.width);
    if (n3 === 0) return;
    if (n3 < 0) {
      if (!goesOn(ctx, t, -n3, ps)) return;
      onPattern(ctx, col, patternOf(t, -n3), from, ps, ps + 3);
    }
  }
  if (ps + 3 >= n) return;
  const s4 = symOf[u[ps + 3]!]!;
  const n4 = s4 === 0 ? 0 : jumpOf(t.jump, pair, s3 * t.width + s4);
  const shift = t.flagShift;
  for (let k = ps + 3, v = n4 < 0 ? -n4 : n4; v !== 0; ) {
    const f = t.node[v]! >>> shift;
    if (f & UPPER_ONLY && !ctx.upper(ps)) return;
    if (f & TERM_F) onPattern(ctx, col, patternId(t.node, shift, v), from, ps, k + 1);
    if (++k >= n) return;
    const s = symOf[u[k]!]!;
    if (s === 0) return;
    v = child(t, v, s);
  }
}

/**
 * Walks from a word start, and in an Arabic word also after its proclitics (و ف, then ب ك ل). Each Arabic walk
 * is tried only where the prefix bitsets allow a pattern (most Arabic words hold none).
 */
function walkWord(ctx: ScanContext, col: Collector, i: number): void {
  const u = ctx.units;
  const c0 = u[i]!;
  if (c0 < 0x600 || c0 > 0x6ff) return walkFrom(ctx, col, i, i);
  const t = ctx.m.trie;
  if (begins(t, u, i)) walkFrom(ctx, col, i, i);
  const p = proclitic(c0);
  if (p === 0) return;
  if (begins(t, u, i + 1)) walkFrom(ctx, col, i, i + 1);
  if (p === 1 && proclitic(u[i + 1]!) === 2 && begins(t, u, i + 2)) walkFrom(ctx, col, i, i + 2);
}

const collector = new Collector();
const jumpOf = P.jumpTo;
const nextStart = nextHead;
const begins = mayBegin;
const proclitic = procliticOf;
const mayCue = mayBeginCue;

/**
 * The block's selected matches: `hitPool[0..count)`. The objects are reused from block to block (candidates copy
 * what they need), so a block with names allocates no hit objects or arrays.
 */
const hitPool: Hit[] = [];

function keepHit(col: Collector, k: number, from: number): void {
  const h = (hitPool[k] ??= { from: 0, to: 0, at: 0, end: 0, recs: [] });
  h.from = from;
  h.to = col.bestTo;
  h.at = col.bestAt;
  h.end = col.bestEnd;
  for (let r = 0; r < col.bestCount; r++) h.recs[r] = col.bestRecs[r]!;
  if (h.recs.length !== col.bestCount) h.recs.length = col.bestCount;
}

/**
 * Walks from every head that may begin a pattern; returns how many hits it kept in `hitPool`. Inside the last
 * kept hit only cue words matter (no later match starting there is kept): a head there is walked only where a
 * cue may begin, or in an Arabic word (where a cue may begin after a proclitic).
 */
export function scanHits(ctx: ScanContext): number {
  const { units: u, m, heads, headCount } = ctx;
  const { symOf, width } = m.trie;
  const col = collector;
  if (col.cues.size) col.cues.clear();
  let count = 0;
  let lastTo = 0;
  for (let j = nextStart(m.trie, u, heads, headCount, 0); j < headCount; j = nextStart(m.trie, u, heads, headCount, j + 1)) {
    const i = heads[j]!;
    if (i < lastTo && (u[i]! < 0x600 || u[i]! > 0x6ff) && !mayCue(m.cueStarts, symOf, width, u, i)) continue;
    col.bestTo = -1;
    if (W[u[i]!] === 1) walkWord(ctx, col, i);
    else walkFrom(ctx, col, i, i);
    if (col.bestTo > 0 && i >= lastTo) {
      keepHit(col, count++, i);
      lastTo = col.bestTo;
    }
  }
  return count;
}

function cueCandidates(ctx: ScanContext, cues: Collector['cues']): Candidate[] {
  if (cues.size === 0) return [];
  const ids = ctx.m.table.ids;
  return [...cues.entries()].map(([pat, c]) => ({
    t: 'cue' as const,
    start: ctx.norm.start[c.from]!,
    end: ctx.norm.start[c.to]!,
    cue: pat,
    entities: c.entities.map((e) => ids[e]!),
  }));
}

let context: ScanContext | undefined;

/**
 * Scans one block of text. With `reported`, a cue word already in that set is left out (it only matters once
 * per page) and the block's cue words are added to it.
 */
export function scanBlock(m: CompiledMatcher, block: string, reported: Set<number> | null = null): Candidate[] {
  const norm = normalizeScratch(block);
  const ctx = context ? context.reset(m, norm, block) : (context = new ScanContext(m, norm, block));
  collector.reported = reported;
  const count = scanHits(ctx);
  collector.reported = null;
  const cues = collector.cues;
  if (count === 0 && cues.size === 0) return [];
  const out = annotate(ctx, hitPool, count);
  if (cues.size === 0) return out;
  if (reported) for (const pat of cues.keys()) reported.add(pat);
  for (const c of cueCandidates(ctx, cues)) out.push(c);
  return out;
}
