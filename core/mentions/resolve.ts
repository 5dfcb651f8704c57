/**
 * Page-level resolution (content-script side): decides which candidates become links, using only the page's
 * blocks and candidates — never the dictionary.
 *
 * - `always` aliases link.
 * - `context` aliases link when the page names the entity in full, carries one of its cue words (an acronym,
 *   codes such as "D8" included: two different cue words, since one generic word such as "gas" proves little), or
 *   defines the acronym as the entity; never when the page defines the acronym as something else.
 * - A person's short form (bare surname) belongs to the person of that surname named in full nearest before
 *   it (or, failing that, first after it: headlines come before the full name). If that person is someone
 *   else (a namesake), it is not ours. With no full name of that surname on the page, an `after-full` form
 *   links when the entity is named in full under another name, a `context` form also when a cue is present.
 * - A namesake mentioned in passing (`aside`: "his father, Heydar Aliyev", "the Heydar Aliyev Center") never
 *   links; when the page names our person of that surname in full, it decides nothing for the bare surnames
 *   (the page is about ours), otherwise it is a namesake like any other.
 * - A surname after a fitting initial ("S.Şərifov") links when the page names the entity in full or cues it.
 * - A place name used as the name of something else (`block`) never links.
 * - A Turkic suffix written after a hyphen joins an acronym's mention ("ANAMA-nın"), as one after an apostrophe does.
 */
import { hyphenSuffixEnd } from './turkic';
import type { AliasCandidate, Candidate, Mention } from './types';

interface NameEvent {
  block: number;
  start: number;
  owner: string | null;
  /** A namesake mentioned in passing. */
  aside: boolean;
}

interface PageFacts {
  cued: Set<string>;
  /** Entities with at least two different cue words on the page. */
  wellCued: Set<string>;
  named: Set<string>;
  otherMeaning: Set<string>;
  events: Map<string, NameEvent[]>;
}

const LETTERS = /^[\p{L}\p{N}]+/u;

/**
 * An acronym as the page writes it: entity, normalised form and the letters as written, so that "HTS kayıtları"
 * (call records) rules out another "HTS" on the page but not "HTŞ'nin" (the Turkish spelling of the group).
 */
const formKey = (c: AliasCandidate, text: string): string =>
  `${c.entity}\u0000${c.form ?? ''}\u0000${LETTERS.exec(text.slice(c.start, c.end))?.[0] ?? ''}`;

function contextHolds(c: AliasCandidate, page: PageFacts, text: string): boolean {
  if (c.def === 'other' || (c.form !== undefined && page.otherMeaning.has(formKey(c, text)))) return false;
  if (c.def === 'self' || page.named.has(c.entity)) return true;
  return c.form !== undefined ? page.wellCued.has(c.entity) : page.cued.has(c.entity);
}

function basicFacts(blocks: readonly string[], candidates: readonly Candidate[][]): PageFacts {
  const page: PageFacts = { cued: new Set(), wellCued: new Set(), named: new Set(), otherMeaning: new Set(), events: new Map() };
  const cueWords = new Map<string, Set<number>>();
  for (let b = 0; b < candidates.length; b++) {
    for (const c of candidates[b]!) {
      if (c.t === 'cue') {
        for (const e of c.entities) {
          page.cued.add(e);
          const words = cueWords.get(e) ?? new Set<number>();
          words.add(c.cue);
          cueWords.set(e, words);
          if (words.size >= 2) page.wellCued.add(e);
        }
      }
      else if (c.def === 'other') page.otherMeaning.add(formKey(c, blocks[b] ?? ''));
      else if (!c.block && c.role === 'full' && (c.link === 'always' || c.def === 'self')) page.named.add(c.entity);
    }
  }
  return page;
}

function addEvents(page: PageFacts, blocks: readonly string[], candidates: readonly Candidate[][]): void {
  candidates.forEach((list, block) => {
    for (const c of list) {
      if (c.t !== 'alias' || c.key === undefined || c.role === 'short' || c.block) continue;
      if ((c.role === 'full' || c.role === 'initial') && c.link !== 'always' && !contextHolds(c, page, blocks[block] ?? '')) continue;
      const owner = c.role === 'other' || c.role === 'aside' ? null : c.entity;
      const list2 = page.events.get(c.key) ?? [];
      list2.push({ block, start: c.start, owner, aside: c.role === 'aside' });
      page.events.set(c.key, list2);
    }
  });
}

function before(e: NameEvent, block: number, start: number): boolean {
  return e.block < block || (e.block === block && e.start < start);
}

function shortFormLinks(c: AliasCandidate, block: number, page: PageFacts): boolean {
  const events = c.key === undefined ? [] : page.events.get(c.key) ?? [];
  let prev: NameEvent | undefined;
  let next: NameEvent | undefined;
  const oursNamed = events.some((e) => e.owner === c.entity);
  for (const e of events) {
    if (e.aside && oursNamed) continue;
    if (before(e, block, c.start)) prev = e;
    else if (!next) next = e;
  }
  const decider = prev ?? next;
  if (decider) return decider.owner === c.entity;
  if (page.named.has(c.entity)) return true;
  return c.link === 'context' && page.cued.has(c.entity);
}

function links(c: AliasCandidate, block: number, page: PageFacts, text: string): boolean {
  if (c.block || c.role === 'other' || c.role === 'aside') return false;
  if (c.role === 'short') return shortFormLinks(c, block, page);
  if (c.link === 'always') return true;
  if (c.role === 'initial') return page.named.has(c.entity) || page.cued.has(c.entity);
  if (c.link === 'context') return contextHolds(c, page, text);
  return page.named.has(c.entity);
}

function preferred(options: readonly AliasCandidate[], page: PageFacts): AliasCandidate | undefined {
  if (options.length <= 1) return options[0];
  return options.find((c) => page.named.has(c.entity)) ?? options.find((c) => page.cued.has(c.entity)) ?? options[0];
}

function blockMentions(text: string, list: readonly Candidate[], block: number, page: PageFacts): Mention[] {
  const linked = list.filter((c): c is AliasCandidate => c.t === 'alias' && links(c, block, page, text));
  linked.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (let i = 0; i < linked.length; ) {
    const first = linked[i]!;
    let j = i;
    while (j < linked.length && linked[j]!.start === first.start && linked[j]!.end === first.end) j++;
    const pick = preferred(linked.slice(i, j), page);
    if (pick && first.start >= lastEnd) {
      const end = pick.form === undefined ? pick.end : hyphenSuffixEnd(text, pick.end);
      out.push({ start: pick.start, end, surface: text.slice(pick.start, end), entity: pick.entity });
      lastEnd = end;
    }
    i = j;
  }
  return out;
}

export function resolveMentions(blocks: readonly string[], candidates: readonly Candidate[][]): Mention[][] {
  const page = basicFacts(blocks, candidates);
  addEvents(page, blocks, candidates);
  return blocks.map((text, i) => blockMentions(text, candidates[i] ?? [], i, page));
}
