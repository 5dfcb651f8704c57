/**
 * Snippet re-anchoring cost on a long synthetic article, per quote, against a baseline in the same run:
 * a bare `indexOf` of the quote. Cases: the quote where it was saved, moved, lightly edited (fuzzy) and
 * deleted (orphan: the exact search fails and the fuzzy search scans its whole window).
 * Run: npx tsx scripts/bench-snippets.ts
 */
import { anchorQuote, describeRange } from '../core/snippets/selectors';

const WORDS = (
  'azerbaijan wants role rebuilding syria türkiye road leads power stations run hours imported fuel expensive ' +
  'irregular leaders due meet budapest week transport agenda officials damascus keen show government attract ' +
  'partners pipeline gas corridor railway port minister talks summit border energy market reconstruction'
).split(' ');

/** A text of pseudo-random words (fixed seed): no passage repeats, like a real article. */
function article(chars: number): string {
  let seed = 42;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % WORDS.length;
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const w = WORDS[next()] ?? 'x';
    parts.push(w);
    n += w.length + 1;
  }
  return parts.join(' ');
}

function median(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function runSnippetBench(sizes: number[], quoteLengths = [200, 500, 1500]): void {
  for (const size of sizes) for (const quoteLength of quoteLengths) {
    const text = article(size);
    const start = Math.floor(text.length / 2);
    const { quote, position } = describeRange(text, start, start + quoteLength);
    const moved = `${text.slice(0, start)}${text.slice(start + quoteLength)} ${quote.exact}`;
    const edited = `${text.slice(0, start + 20)}X${text.slice(start + 22, start + 120)}Y${text.slice(start + 121)}`;
    const deleted = `${text.slice(0, start)}${'Lorem ipsum dolor sit amet. '.repeat(8)}${text.slice(start + quoteLength)}`;
    const base = median(50, () => text.indexOf(quote.exact));
    const rows: [string, number, string][] = [
      ['indexOf (baseline)', base, 'found'],
      ['at its position', median(50, () => anchorQuote(text, quote, position)), anchorQuote(text, quote, position)?.method ?? 'orphan'],
      ['moved to the end', median(50, () => anchorQuote(moved, quote, position)), anchorQuote(moved, quote, position)?.method ?? 'orphan'],
      ['edited (fuzzy)', median(10, () => anchorQuote(edited, quote, position)), anchorQuote(edited, quote, position)?.method ?? 'orphan'],
      ['deleted (orphan)', median(10, () => anchorQuote(deleted, quote, position)), anchorQuote(deleted, quote, position)?.method ?? 'orphan'],
    ];
    console.log(`page text ${(text.length / 1000).toFixed(0)} k chars, quote ${quoteLength} chars`);
    for (const [name, ms, method] of rows) {
      console.log(`  ${name.padEnd(20)} ${ms.toFixed(3).padStart(9)} ms  ×${(ms / Math.max(base, 1e-6)).toFixed(1).padStart(7)}  ${method}`);
    }
  }
}

runSnippetBench([20_000, 1_000_000]);
