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

const SINGLE_BREAK = /^[ \t]*(\r\n|\r|\n|\u2028)[ \t]*$/;

/**
 * Lines joined where a name runs across a single line break ("President Ilham\nAliyev"), the way a page's `<br>`
 * or a wrapped source line stays inside its block; a blank line always ends a block. Lines are joined only when
 * an alias of the dictionary spans the break, so headlines and paragraphs stay apart.
 */
export function joinBrokenNames(m: CompiledMatcher, text: string, lines: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last) {
      const breakAt = last.offset + last.text.length;
      const joined = text.slice(last.offset, line.offset + line.text.length);
      const spans = SINGLE_BREAK.test(text.slice(breakAt, line.offset)) && scanBlock(m, joined).some(
        (c) => c.t === 'alias' && c.start < last.text.length && c.end > line.offset - last.offset,
      );
      if (spans) {
        last.text = joined;
        continue;
      }
    }
    out.push({ ...line });
  }
  return out;
}

/** Mentions in a whole text treated as one page, offsets in UTF-16 units of `text`. */
export function findInText(m: CompiledMatcher, text: string): Mention[] {
  const blocks = joinBrokenNames(m, text, splitBlocks(text));
  const texts = blocks.map((b) => b.text);
  const found = resolveMentions(texts, texts.map((t) => scanBlock(m, t)));
  return found.flatMap((list, i) => {
    const offset = blocks[i]?.offset ?? 0;
    return list.map((x) => ({ ...x, start: x.start + offset, end: x.end + offset }));
  });
}

export { compileMatcher };
