import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, scanBlocks, type Candidate } from '../../core/mentions';
import { parsePackText } from '../../data/pack-schema';
import { decodeCandidates, encodeCandidates } from '../../messaging/scan-wire';

const parsed = parsePackText(readFileSync(new URL('../../data/pack/backstory.pack.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const m = compileMatcher(parsed.pack.entities);

describe('the compact scanBlocks reply', () => {
  it('decodes to exactly the candidates the matcher found, on a page with every kind of candidate', () => {
    const blocks = [
      'President Ahmed al-Sharaa met Ilham Aliyev at the Heydar Aliyev Center; later al-Sharaa spoke of the Zangezur Corridor.',
      '',
      'The Organization of Turkic States (OTS) summit in Baku, where SOCAR signed with Hakan Fidan present.',
      "Fidan'ın açıklaması ve Şərifovun sözləri; Асада и للشرع.",
      'A wholly unrelated paragraph about the weather.',
    ];
    const candidates = scanBlocks(m, blocks);
    const kinds = new Set(candidates.flat().map((c) => c.t));
    expect(kinds).toEqual(new Set(['alias', 'cue']));
    const roles = new Set(candidates.flat().map((c) => (c.t === 'alias' ? c.role : 'cue')));
    expect(roles).toEqual(new Set(['full', 'short', 'aside', 'cue']));
    expect(decodeCandidates(encodeCandidates(candidates), blocks.length)).toEqual(candidates);
  });

  it('names each string once, however often it occurs', () => {
    const one: Candidate = { t: 'alias', start: 0, end: 5, entity: 'socar', link: 'always', role: 'full' };
    const wire = encodeCandidates([[one], [one, { ...one, start: 10, end: 15 }]]);
    expect(wire.strings).toEqual(['socar', 'always', 'full']);
    expect(wire.data.every((n) => Number.isInteger(n))).toBe(true);
  });

  it.each([
    ['a truncated list', { strings: ['socar', 'always', 'full'], data: [1, 0, 0, 5, 0, 1] }],
    ['a missing string', { strings: ['socar'], data: [1, 0, 0, 5, 0, 1, 2, -1, -1, 0, 0] }],
    ['an unknown link', { strings: ['socar', 'sometimes', 'full'], data: [1, 0, 0, 5, 0, 1, 2, -1, -1, 0, 0] }],
    ['an unknown candidate kind', { strings: ['socar'], data: [1, 7, 0, 5] }],
    ['data left over', { strings: [], data: [0, 0] }],
  ])('rejects %s with a clear error', (_label, wire) => {
    expect(() => decodeCandidates(wire, 1)).toThrow(/^scanBlocks: /);
  });
});
