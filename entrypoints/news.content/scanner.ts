/**
 * The page scan: read block texts in slices of a few ms, send them to the background in batches (the
 * background holds the compiled dictionary), resolve mentions here (cheap, dictionary-free) and mark
 * them, again in slices. The first batch is small, so the first marks appear at once; a last pass over
 * the whole page resolves what needed later context (a headline's surname before the full name).
 */
// resolve.ts directly: the package index would pull in the matcher's lookup tables, built at load time.
import { resolveMentions } from '../../core/mentions/resolve';
import type { Candidate } from '../../core/mentions/types';
import { sendMessage, SCAN_LIMITS } from '../../messaging/protocol';
import { createBlockReader, type TextBlock } from './extract';
import type { MentionRegistry } from './highlights';

const BATCH_CHARS = 200_000;
/** Blocks with candidates kept as resolution context for later (partial) scans. */
const CONTEXT_BLOCKS = 400;
/** Budgets in ms: the first read, later reads, and marking per slice (well under the 50 ms long-task line). */
const FIRST_READ_MS = 3;
const READ_MS = 6;
const MARK_MS = 6;

/** Splits blocks into message-sized batches (by count and characters), in document order. */
export function batchBlocks(texts: string[], maxBlocks: number = SCAN_LIMITS.maxBlocks, maxChars = BATCH_CHARS): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const raw of texts) {
    const text = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
    if (batch.length && (batch.length >= maxBlocks || chars + text.length > maxChars)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(text);
    chars += text.length;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

type SchedulerWindow = { scheduler?: { postTask?: (cb: () => void, opts: { priority: 'user-visible' }) => Promise<void> } };
/**
 * Yields to the event loop so no slice of our work becomes a long task. A task of ordinary priority (not
 * `scheduler.yield`, whose continuation jumps the queue) lets the page and the background's replies in.
 */
export function nextSlice(): Promise<void> {
  const s = (globalThis as SchedulerWindow).scheduler;
  if (typeof s?.postTask === 'function') return s.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function candidatesFor(texts: string[]): Promise<Candidate[][]> {
  const out: Candidate[][] = [];
  for (const batch of batchBlocks(texts)) out.push(...(await sendMessage('scanBlocks', { blocks: batch })).candidates);
  return out;
}

interface Scanned {
  block: TextBlock;
  candidates: Candidate[];
  marked: Set<number>;
}

export function createScanner(registry: MentionRegistry, signal: AbortSignal, onFirstMark: () => void) {
  let context: { text: string; candidates: Candidate[] }[] = [];
  let generation = 0;
  let firstMarkSeen = false;

  /** Resolves `items` after the context and marks what is new, in slices. */
  async function mark(items: Scanned[], ctx: typeof context, gen: number): Promise<void> {
    const texts = [...ctx.map((c) => c.text), ...items.map((s) => s.block.text)];
    const mentions = resolveMentions(texts, [...ctx.map((c) => c.candidates), ...items.map((s) => s.candidates)]).slice(ctx.length);
    let sliceStart = performance.now();
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Scanned;
      const fresh = (mentions[i] ?? []).filter((m) => !item.marked.has(m.start));
      if (fresh.length && item.block.nodes[0]?.isConnected) {
        for (const m of fresh) item.marked.add(m.start);
        registry.add(item.block, fresh);
        if (!firstMarkSeen) {
          firstMarkSeen = true;
          onFirstMark();
        }
      }
      if (performance.now() - sliceStart > MARK_MS) {
        await nextSlice();
        if (signal.aborted || gen !== generation) return;
        sliceStart = performance.now();
      }
    }
  }

  /** Reads and marks everything under `root`; `page` scans end with a page-wide resolution pass. */
  async function scan(root: Node, kind: 'page' | 'part'): Promise<void> {
    if (kind === 'page') {
      generation++;
      context = [];
    }
    const gen = generation;
    const reader = createBlockReader(root);
    const withCandidates: Scanned[] = [];
    let marking: Promise<void> = Promise.resolve();
    let budget = FIRST_READ_MS;
    for (let done = false; !done; ) {
      const read = reader.read(budget);
      done = read.done;
      budget = READ_MS;
      if (read.blocks.length) {
        const blocks = read.blocks;
        const ask = candidatesFor(blocks.map((b) => b.text));
        const ctx = context;
        marking = marking.then(async () => {
          const candidates = await ask;
          if (signal.aborted || gen !== generation) return;
          const items = blocks.flatMap((block, i) => (candidates[i]?.length ? [{ block, candidates: candidates[i] ?? [], marked: new Set<number>() }] : []));
          withCandidates.push(...items);
          context = [...context, ...items.map((s) => ({ text: s.block.text, candidates: s.candidates }))].slice(-CONTEXT_BLOCKS);
          await mark(items, ctx, gen);
        });
      }
      if (!done) await nextSlice();
      if (signal.aborted || gen !== generation) return;
    }
    await marking;
    if (kind === 'page' && !signal.aborted && gen === generation) await mark(withCandidates, [], gen);
  }

  return {
    scanPage: (root: Node) => scan(root, 'page'),
    scanPart: (root: Node) => scan(root, 'part'),
    /** Abandons the work in progress (a full rescan or a pause follows). */
    reset(): void {
      generation++;
      context = [];
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
