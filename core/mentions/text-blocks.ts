/** Plain text as page blocks: one block per line, with offsets back into the text (for spot and eval). */
import { compileMatcher } from './compile';
import { resolveMentions } from './resolve';
import { scanBlock } from './scan';
import type { CompiledMatcher, Mention } from './types';

export interface TextBlock {
  text: string;
  offset: number;
}

/** Splits text into non-blank lines, keeping each line's offset. */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const re = /[^\r\n\u2028\u2029]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) blocks.push({ text: m[0], offset: m.index });
  return blocks;
}

/** Mentions in a whole text treated as one page, offsets in UTF-16 units of `text`. */
export function findInText(m: CompiledMatcher, text: string): Mention[] {
  const blocks = splitBlocks(text);
  const texts = blocks.map((b) => b.text);
  const found = resolveMentions(texts, texts.map((t) => scanBlock(m, t)));
  return found.flatMap((list, i) => {
    const offset = blocks[i]?.offset ?? 0;
    return list.map((x) => ({ ...x, start: x.start + offset, end: x.end + offset }));
  });
}

export { compileMatcher };
