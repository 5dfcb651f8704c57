/**
 * The page text snippets are anchored in: the extracted blocks joined with a blank line between them, so
 * a quote may span blocks and offsets stay stable for the same page text.
 */
export const BLOCK_SEPARATOR = '\n\n';

export interface PageText {
  text: string;
  /** Offset of each block in `text`. */
  starts: number[];
  lengths: number[];
}

export function joinBlocks(texts: readonly string[]): PageText {
  const starts: number[] = [];
  const lengths: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    lengths.push(t.length);
    at += t.length + BLOCK_SEPARATOR.length;
  }
  return { text: texts.join(BLOCK_SEPARATOR), starts, lengths };
}

/**
 * The block and in-block offset of a page offset. An offset in a separator moves to the next block's start
 * (`start`) or the previous block's end (`end`), so a range never begins or ends between blocks.
 */
export function toBlockOffset(page: PageText, offset: number, side: 'start' | 'end'): { block: number; offset: number } {
  const { starts, lengths } = page;
  if (starts.length === 0) return { block: -1, offset: 0 };
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo] ?? 0;
  const length = lengths[lo] ?? 0;
  if (side === 'end' && offset === start && lo > 0) return { block: lo - 1, offset: lengths[lo - 1] ?? 0 };
  if (offset <= start + length) return { block: lo, offset: Math.max(0, offset - start) };
  if (side === 'start' && lo + 1 < starts.length) return { block: lo + 1, offset: 0 };
  return { block: lo, offset: length };
}

const SENTENCE_END = /[.!?…。؟]["'”’»)\]]*\s/g;

/** The sentence around [start, end) of a block text (the whole block when it has no sentence marks). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end - 1) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}
