/**
 * The mention finder: pure, DOM-free. The background compiles the dictionary once per fact-base version
 * (`compileMatcher`, cached with `serializeMatcher`) and scans text blocks (`scanBlocks`); the content script
 * resolves the candidates page-wide (`resolveMentions`) without holding the dictionary.
 */
import { resolveMentions } from './resolve';
import { scanBlock } from './scan';
import type { Candidate, CompiledMatcher, Mention } from './types';

export { compileMatcher } from './compile';
export { deserializeMatcher, serializeMatcher } from './serialize';
export { resolveMentions } from './resolve';
export { normalizeText, normalizeAlias } from './normalize';
export type { AliasCandidate, Candidate, CompiledMatcher, CueCandidate, Mention } from './types';

/**
 * Background side: stateless scan of text blocks (of one page) with the big dictionary. Returns plain
 * JSON-cloneable data, one list per block. A cue word is reported once per call, in the first block that has
 * it: resolution only asks which cue words the page carries.
 */
export function scanBlocks(m: CompiledMatcher, blocks: readonly string[]): Candidate[][] {
  const reported = new Set<number>();
  return blocks.map((b) => scanBlock(m, b, reported));
}

/** Convenience: resolveMentions(blocks, scanBlocks(m, blocks)). */
export function findMentions(m: CompiledMatcher, blocks: readonly string[]): Mention[][] {
  return resolveMentions(blocks, scanBlocks(m, blocks));
}
