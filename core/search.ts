/**
 * Search over the fact base (pure, DOM-free), with fuse.js as the fuzzy ranker.
 *
 * - Documents hold folded copies of the short fields (name, aliases, summary) and a truncated blob of the
 *   fact texts; Fuse compares folded text to the folded query (`isCaseSensitive: true`, so Fuse does not
 *   re-fold with `toLowerCase`, which mishandles Turkish İ: Fuse issue 701).
 * - Weighted keys, name > aliases > summary > facts; `ignoreLocation: true`; the index is prebuilt once
 *   with `Fuse.createIndex`.
 * - Candidates stay small: a query of one or two characters only looks at names and aliases with a word
 *   starting with it (precomputed per one- and two-character word start, `search-short.ts`); above `prefilterAbove` documents a trigram prefilter hands Fuse at most
 *   `maxCandidates` documents, reusing the prebuilt index records.
 * - Exact, prefix and word-prefix hits on the name or an alias rank before fuzzy hits, whatever Fuse scores.
 */
import Fuse, { type FuseIndex, type FuseResult, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Entity, EntityType } from '../data/types';
import { foldForSearch, foldWithOrigin, toSourceRange } from './search-fold';
import { buildTrigramIndex, trigramCandidates, type TrigramIndex } from './search-prefilter';
import { buildShortIndex, shortCandidates, type ShortIndex } from './search-short';

export { foldForSearch } from './search-fold';

interface SearchDoc {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  aliases: string[];
  fName: string;
  fAliases: string[];
  fSummary: string;
  fFacts: string;
}

export type SearchField = 'name' | 'aliases' | 'summary' | 'facts';

/** How a hit was found: exact name/alias, name/alias prefix, a word of a name/alias starting with the query, fuzzy. */
export type HitKind = 'exact' | 'prefix' | 'word' | 'fuzzy';

export interface SearchMatch {
  field: SearchField;
  /** The matched text: the original spelling for name, aliases and summary; the folded blob for facts. */
  text: string;
  /** Half-open `[from, to)` ranges of `text` to highlight. */
  ranges: [number, number][];
}

export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  kind: HitKind;
  /** Fuse score: 0 is a perfect match, 1 no match. */
  score: number;
  matches: SearchMatch[];
}

export interface SearchIndex {
  docs: SearchDoc[];
  fuseIndex: FuseIndex<SearchDoc>;
  fuse: Fuse<SearchDoc>;
  trigrams: TrigramIndex | null;
  /** Best candidates of every one- and two-character word start, built with the index. */
  short: ShortIndex;
  maxCandidates: number;
}

export interface SearchIndexOptions {
  /** Use the trigram prefilter when there are more documents than this (default 100). */
  prefilterAbove?: number;
  /** Most documents handed to Fuse after prefiltering (default 40). */
  maxCandidates?: number;
}

const KEYS = [
  { name: 'fName', weight: 4 },
  { name: 'fAliases', weight: 2.5 },
  { name: 'fSummary', weight: 1 },
  { name: 'fFacts', weight: 0.5 },
];
const FIELD_OF_KEY: Record<string, SearchField> = { fName: 'name', fAliases: 'aliases', fSummary: 'summary', fFacts: 'facts' };

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  isCaseSensitive: true,
  // About one edit per 3–4 letters: `sharra` finds al-Sharaa, `turkey` finds Türkiye; `zebra` finds nothing.
  threshold: 0.3,
};

const FACT_CHARS = 100;
const FACTS_BLOB_CHARS = 400;
const KIND_RANK: Record<HitKind, number> = { exact: 0, prefix: 1, word: 2, fuzzy: 3 };
const WORD_CHAR = /[\p{L}\p{N}]/u;

function toDoc(entity: Entity): SearchDoc {
  const aliases = entity.aliases.map((a) => a.text).filter((text) => text !== entity.name);
  const facts = entity.facts.map((f) => foldForSearch(f.text).slice(0, FACT_CHARS)).join(' · ');
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    summary: entity.summary,
    aliases,
    fName: foldForSearch(entity.name),
    fAliases: aliases.map(foldForSearch),
    fSummary: foldForSearch(entity.summary),
    fFacts: facts.slice(0, FACTS_BLOB_CHARS),
  };
}

export function createSearchIndex(entities: readonly Entity[], options: SearchIndexOptions = {}): SearchIndex {
  const docs = entities.map(toDoc);
  const fuseIndex = Fuse.createIndex(KEYS, docs);
  const usePrefilter = docs.length > (options.prefilterAbove ?? 100);
  const trigrams = usePrefilter
    ? buildTrigramIndex(docs.map((d) => [d.fName, ...d.fAliases, d.fSummary, d.fFacts].join(' | ')))
    : null;
  const maxCandidates = options.maxCandidates ?? 40;
  const short = buildShortIndex(docs.length, (i) => [docs[i]?.fName ?? '', ...(docs[i]?.fAliases ?? [])], maxCandidates);
  return { docs, fuseIndex, fuse: new Fuse(docs, FUSE_OPTIONS, fuseIndex), trigrams, short, maxCandidates };
}

/** Where `query` starts a word of `text` (start of text, or after a non-letter, non-digit); -1 if nowhere. */
function wordStart(text: string, query: string): number {
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1] ?? '')) return at;
  }
  return -1;
}

function kindOf(doc: SearchDoc, q: string): HitKind {
  let kind: HitKind = 'fuzzy';
  for (const field of [doc.fName, ...doc.fAliases]) {
    if (field === q) return 'exact';
    if (field.startsWith(q)) kind = 'prefix';
    else if (kind === 'fuzzy' && wordStart(field, q) >= 0) kind = 'word';
  }
  return kind;
}

/** Documents worth handing to Fuse; null means all of them. */
function candidatesFor(index: SearchIndex, q: string): number[] | null {
  if (q.length >= 3) return index.trigrams ? trigramCandidates(index.trigrams, q, index.maxCandidates) : null;
  return shortCandidates(index.short, q);
}

function fuseFor(index: SearchIndex, candidates: number[] | null): Fuse<SearchDoc> {
  if (!candidates) return index.fuse;
  const records = candidates.flatMap((i) => index.fuseIndex.records[i] ?? []);
  const subset = Fuse.parseIndex<SearchDoc>({ keys: index.fuseIndex.keys, records });
  return new Fuse(index.docs, FUSE_OPTIONS, subset);
}

function mapRanges(original: string, indices: FuseResultMatch['indices'], minLength: number): [number, number][] {
  const folded = foldWithOrigin(original);
  return indices
    .filter(([start, end]) => end - start + 1 >= minLength)
    .map(([start, end]) => toSourceRange(folded, start, end));
}

/** A clean range when the query starts a word of the text, else Fuse's ranges. */
function rangesIn(original: string, foldedText: string, q: string, fuseMatch: FuseResultMatch | undefined): [number, number][] {
  const at = wordStart(foldedText, q);
  if (at >= 0) return mapRanges(original, [[at, at + q.length - 1]], 1);
  return fuseMatch ? mapRanges(original, fuseMatch.indices, Math.min(2, q.length)) : [];
}

function matchesOf(doc: SearchDoc, q: string, fuseMatches: readonly FuseResultMatch[]): SearchMatch[] {
  const byField = (field: SearchField) => fuseMatches.find((m) => FIELD_OF_KEY[m.key ?? ''] === field);
  const out: SearchMatch[] = [];
  const nameRanges = rangesIn(doc.name, doc.fName, q, byField('name'));
  if (nameRanges.length) out.push({ field: 'name', text: doc.name, ranges: nameRanges });
  const aliasMatch = byField('aliases');
  const aliasAt = doc.fAliases.findIndex((a) => wordStart(a, q) >= 0);
  const aliasIndex = aliasAt >= 0 ? aliasAt : (aliasMatch?.refIndex ?? -1);
  const alias = doc.aliases[aliasIndex];
  if (alias !== undefined) {
    const ranges = rangesIn(alias, doc.fAliases[aliasIndex] ?? '', q, aliasAt >= 0 ? undefined : aliasMatch);
    if (ranges.length) out.push({ field: 'aliases', text: alias, ranges });
  }
  const summaryMatch = byField('summary');
  if (summaryMatch) out.push({ field: 'summary', text: doc.summary, ranges: rangesIn(doc.summary, doc.fSummary, q, summaryMatch) });
  const factsMatch = byField('facts');
  if (factsMatch) out.push({ field: 'facts', text: doc.fFacts, ranges: factsMatch.indices.map(([s, e]): [number, number] => [s, e + 1]) });
  return out;
}

function toHit(result: FuseResult<SearchDoc>, kind: HitKind, q: string): SearchHit {
  const { item } = result;
  return {
    id: item.id,
    name: item.name,
    type: item.type,
    summary: item.summary,
    kind,
    score: result.score ?? 1,
    matches: matchesOf(item, q, result.matches ?? []),
  };
}

/** The best `limit` entities for `query`, best first. An empty query finds nothing. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const candidates = candidatesFor(index, q);
  if (candidates?.length === 0) return [];
  return fuseFor(index, candidates)
    .search(q)
    .map((result) => ({ result, kind: kindOf(result.item, q) }))
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.result.score ?? 1) - (b.result.score ?? 1))
    .slice(0, limit)
    .map(({ result, kind }) => toHit(result, kind, q));
}
