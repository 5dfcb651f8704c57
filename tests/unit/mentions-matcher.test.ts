import { describe, expect, it } from 'vitest';
import {
  compileMatcher, deserializeMatcher, findMentions, resolveMentions, scanBlocks, serializeMatcher, type Candidate,
} from '../../core/mentions';
import type { Alias, Entity, EntityType } from '../../data/types';

type AliasSpec = string | [text: string, link: Alias['link'], kase?: Alias['case'], lang?: string];

function entity(id: string, type: EntityType, aliases: AliasSpec[], cues: string[] = []): Entity {
  return {
    id, name: id, type, summary: '-', cues, facts: [], related: [],
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a, case: 'fold', link: 'always' } : { text: a[0], link: a[1], case: a[2] ?? 'fold', lang: a[3] })),
  };
}

const ENTITIES = [
  entity('btk', 'project', ['Baku-Tbilisi-Kars railway', 'Baku-Tbilisi-Kars', ['BTK', 'context', 'exact']], ['railway']),
  entity('zangezur', 'project', ['Zangezur corridor']),
  entity('syunik', 'place', ['Syunik', ['Zangezur', 'context']], ['goris']),
  entity('socar', 'organization', [['SOCAR', 'context', 'exact'], 'State Oil Company of Azerbaijan'], ['oil', 'gas']),
  entity('mersin', 'place', [['Mersin', 'always', 'exact']]),
];
const m = compileMatcher(ENTITIES);
const surfaces = (text: string): string[] => findMentions(m, [text])[0]!.map((x) => `${x.surface}=${x.entity}`);

describe('the compiled matcher', () => {
  it.each([
    ['the longest alias wins over the aliases inside it', 'The Baku-Tbilisi-Kars railway opened.', ['Baku-Tbilisi-Kars railway=btk']],
    ['a longer name wins over a context alias inside it', 'Work on the Zangezur corridor began.', ['Zangezur corridor=zangezur']],
    ['dash variants and line breaks inside a name still match', 'The Baku – Tbilisi\n– Kars line', ['Baku – Tbilisi\n– Kars=btk']],
    ['matching ignores letter case for fold aliases', 'STATE OIL COMPANY OF AZERBAIJAN said', ['STATE OIL COMPANY OF AZERBAIJAN=socar']],
    ['exact-case aliases need the same letter case', 'socar and Socar are not SOCAR, which sells oil and gas', ['SOCAR=socar']],
    ['a common word in lower case is not the place', 'the mersin tree; the port of Mersin', ['Mersin=mersin']],
    ['an alias must end at a word end', 'Syunikov and BTKs are other words', []],
    ['a name split over inline markup arrives as one block text', 'Baku-Tbilisi-Kars', ['Baku-Tbilisi-Kars=btk']],
  ])('%s', (_name, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('returns candidates that survive a structured-clone round trip', () => {
    const blocks = ['SOCAR pumps oil near Goris in Syunik.'];
    const candidates = scanBlocks(m, blocks);
    const cloned = structuredClone(candidates) as Candidate[][];
    expect(cloned).toEqual(candidates);
    expect(resolveMentions(blocks, cloned)).toEqual(findMentions(m, blocks));
  });

  it('finds the same mentions after serialising and loading the matcher', () => {
    const bytes = serializeMatcher(m);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const loaded = deserializeMatcher(bytes.slice());
    const blocks = ['The BTK line and the Baku-Tbilisi-Kars railway; SOCAR buys oil; Zangezur near Goris.'];
    expect(findMentions(loaded, blocks)).toEqual(findMentions(m, blocks));
    expect(loaded.trie.starts).toEqual(m.trie.starts); // derived on load, not stored
  });

  it('loads from a buffer at an unaligned offset', () => {
    const bytes = serializeMatcher(m);
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    const blocks = ['Mersin and Syunik'];
    expect(findMentions(deserializeMatcher(padded.subarray(1)), blocks)).toEqual(findMentions(m, blocks));
  });

  it('refuses bytes that are not a serialised matcher', () => {
    expect(() => deserializeMatcher(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a serialised/);
  });

  it('refuses a matcher of the older format (its records and trie flags differ), so that it is compiled again', () => {
    const bytes = serializeMatcher(m).slice();
    new DataView(bytes.buffer).setUint32(0, 0x42534d35, true); // "BSM5"
    expect(() => deserializeMatcher(bytes)).toThrow(/older format/);
  });

  it('handles empty input and an empty dictionary', () => {
    expect(findMentions(m, [])).toEqual([]);
    expect(findMentions(m, ['', '   '])).toEqual([[], []]);
    expect(findMentions(compileMatcher([]), ['Mersin'])).toEqual([[]]);
  });

  it('keeps offsets in UTF-16 units of the original block, astral characters included', () => {
    const text = '😀 Port of 𝐀 Mersin';
    const [found] = findMentions(m, [text]);
    expect(found).toHaveLength(1);
    expect(text.slice(found![0]!.start, found![0]!.end)).toBe('Mersin');
  });
});
