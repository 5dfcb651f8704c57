/**
 * Inside a matched name the scanner walks only from words where a cue may begin (`cue-starts.ts`): the table must
 * cover every cue's first two symbols, and a cue inside a name must still count for the page.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, scanBlocks } from '../../core/mentions';
import { mayBeginCue } from '../../core/mentions/cue-starts';
import { normalizeText } from '../../core/mentions/normalize';
import { entity, mentionTable } from '../fixtures/mention-table';

const m = compileMatcher([
  entity('embassy', 'organization', ['Embassy of Azerbaijan in Damascus']),
  entity('assad', 'person', ['Bashar al-Assad', ['Assad', 'context']], ['damascus', 'x']),
  entity('aliyev', 'person', ['Ilham Aliyev', ['Aliyev', 'after-full']], ['baku']),
]);

const cueAt = (text: string, i: number): boolean => {
  return mayBeginCue(m.cueStarts, m.trie.symOf, m.trie.width, normalizeText(text).units, i);
};

describe('the cue-start table', () => {
  it.each([
    ['a cue word', 'damascus', 0, true],
    ['a cue word in any letter case', 'DAMASCUS', 0, true],
    ['its first two letters are enough (the walk decides the rest)', 'dam', 0, true],
    ['a single-letter cue, whatever follows', 'xylophone', 0, true],
    ['a single-letter cue at the end of the text', 'x', 0, true],
    ['an alias that is no cue', 'aliyev', 0, false],
    ['a word that begins no cue', 'in damascus', 0, false],
    ['a cue later in the text', 'in damascus', 3, true],
  ])('%s', (_name, text, i, expected) => expect(cueAt(text, i)).toBe(expected));
});

describe('cue words inside a matched name still count', () => {
  mentionTable(m)([
    ['a cue inside a longer name cues the bare name', ['The Embassy of Azerbaijan in Damascus reopened. Assad had fled.'], ['Embassy of Azerbaijan in Damascus=embassy', 'Assad=assad']],
    ['without the cue the bare name is not linked', ['The embassy reopened. Assad had fled.'], []],
  ]);

  it('reports the cue inside the name once, beside the name', () => {
    const [candidates] = scanBlocks(m, ['The Embassy of Azerbaijan in Damascus reopened.']);
    expect(candidates!.map((c) => c.t)).toEqual(['alias', 'cue']);
  });

  it('a surname inside a matched full name is no second candidate', () => {
    const [candidates] = scanBlocks(m, ['Ilham Aliyev spoke.']);
    expect(candidates!.filter((c) => c.t === 'alias')).toHaveLength(1);
  });
});
