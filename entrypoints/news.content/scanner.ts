/**
 * The page scan: read block texts in slices, send them to the background in batches (the background holds
 * the compiled dictionary) while the next slice is read, resolve mentions here (cheap, dictionary-free) and
 * mark them. The first marks are painted at once; later ones are resolved and painted together every
 * `PAINT_EVERY_MS` (each paint costs the browser a frame over all the page's marks), and a last pass over
 * the whole page resolves what needed later context (a headline's surname before the full name).
 */
// resolve.ts directly: the package index would pull in the matcher's lookup tables, built at load time.
import { resolveMentions } from '../../core/mentions/resolve';
import type { Candidate } from '../../core/mentions/types';
import { sendMessage, SCAN_LIMITS } from '../../messaging/protocol';
import { decodeCandidates } from '../../messaging/scan-wire';
import { createBlockReader, type BlockReader, type TextBlock } from './extract';
import type { MentionRegistry } from './highlights';
import { inputPending, nextSlice, sliceBudget } from './slices';

const BATCH_CHARS = 200_000;
/** Blocks with candidates kept as resolution context for later (partial) scans. */
const CONTEXT_BLOCKS = 400;
/** The first read is short, so the first marks come quickly. */
const FIRST_READ_MS = 3;
/** How often marks found during a scan are resolved and painted. */
const PAINT_EVERY_MS = 250;

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

async function candidatesFor(texts: string[]): Promise<Candidate[][]> {
  const replies = batchBlocks(texts).map(async (batch) => decodeCandidates((await sendMessage('scanBlocks', { blocks: batch })).candidates, batch.length));
  return (await Promise.all(replies)).flat();
}

interface Scanned {
  block: TextBlock;
  candidates: Candidate[];
  /** Starts of the mentions already marked in this block (made when the first is marked). */
  marked: Set<number> | null;
}

/** A block kept as context: its text and candidates only (not its nodes, which may leave the page). */
interface Context {
  text: string;
  candidates: Candidate[];
}

interface FirstSlice {
  reader: BlockReader;
  blocks: TextBlock[];
  done: boolean;
  ask: Promise<Candidate[][]>;
}

/**
 * The first slice of the page, read and sent before the reader's settings have arrived (both round trips
 * then overlap). Any change to the page in the meantime (other than our own UI) makes it stale.
 */
export interface PrimedScan {
  /** The slice, if it was read from `root` and the page has not changed since; it can be taken once. */
  take(root: Node): FirstSlice | null;
  drop(): void;
}

export function primeScan(root: Node, isOwnUi: (node: Node) => boolean): PrimedScan {
  const reader = createBlockReader(root, undefined, inputPending);
  const read = reader.read(FIRST_READ_MS);
  const ask = candidatesFor(read.blocks.map((b) => b.text));
  ask.catch(() => undefined); // reported by the scan that takes it; unused otherwise
  let slice: FirstSlice | null = { reader, ...read, ask };
  const observer = new MutationObserver((records) => {
    const ours = (n: Node) => isOwnUi(n);
    if (records.every((r) => r.type === 'childList' && [...r.addedNodes].every(ours) && [...r.removedNodes].every(ours))) return;
    slice = null;
    observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    take(from) {
      const out = from === root ? slice : null;
      this.drop();
      return out;
    },
    drop() {
      slice = null;
      observer.disconnect();
    },
  };
}

export function createScanner(registry: MentionRegistry, signal: AbortSignal, onFirstMark: () => void) {
  /** Blocks with candidates from the scans so far, the resolution context of later (partial) scans. */
  let context: Context[] = [];
  let generation = 0;
  let firstMarkSeen = false;
  let lastPaint = 0;
  const paintDue = () => !firstMarkSeen || performance.now() - lastPaint >= PAINT_EVERY_MS;

  function paint(): void {
    if (!registry.pendingCount) return;
    registry.flush();
    lastPaint = performance.now();
    if (!firstMarkSeen) {
      firstMarkSeen = true;
      onFirstMark();
    }
  }

  /** Resolves `items` after the context, records what is new (in slices) and paints it. */
  async function mark(items: Scanned[], ctx: Context[], gen: number): Promise<void> {
    const texts: string[] = [];
    const candidates: Candidate[][] = [];
    for (const c of ctx) {
      texts.push(c.text);
      candidates.push(c.candidates);
    }
    for (const s of items) {
      texts.push(s.block.text);
      candidates.push(s.candidates);
    }
    const mentions = resolveMentions(texts, candidates);
    let sliceEnd = performance.now() + sliceBudget();
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Scanned;
      const found = mentions[ctx.length + i] ?? [];
      const marked = item.marked;
      const fresh = marked ? found.filter((m) => !marked.has(m.start)) : found;
      if (fresh.length && item.block.nodes[0]?.isConnected) {
        const starts = (item.marked ??= new Set());
        for (const m of fresh) starts.add(m.start);
        registry.add(item.block, fresh);
      }
      // The clock and waiting input are asked every 16 blocks: a block takes microseconds, a question as much.
      if ((i & 15) === 15 && (performance.now() > sliceEnd || inputPending())) {
        await nextSlice();
        if (signal.aborted || gen !== generation) return;
        sliceEnd = performance.now() + sliceBudget();
      }
    }
    paint();
  }

  /** Reads and marks everything under `root`; `page` scans end with a page-wide resolution pass. */
  async function scan(root: Node, kind: 'page' | 'part', primed?: PrimedScan): Promise<void> {
    if (kind === 'page') {
      generation++;
      context = [];
    }
    const gen = generation;
    const stale = () => signal.aborted || gen !== generation;
    let head = primed?.take(root) ?? null;
    const reader = head?.reader ?? createBlockReader(root, undefined, inputPending);
    const all: Scanned[] = [];
    // Found but not yet resolved, and the context that came before them.
    let waiting: Scanned[] = [];
    let waitingCtx = context;
    let marking: Promise<void> = Promise.resolve();
    for (let done = false, budget = FIRST_READ_MS; !done; budget = sliceBudget()) {
      const read = head ?? reader.read(budget);
      const ask = head?.ask ?? (read.blocks.length ? candidatesFor(read.blocks.map((b) => b.text)) : null);
      head = null;
      done = read.done;
      if (ask) {
        const blocks = read.blocks;
        marking = marking.then(async () => {
          const candidates = await ask;
          if (stale()) return;
          const items: Scanned[] = [];
          blocks.forEach((block, i) => {
            const found = candidates[i];
            if (found?.length) items.push({ block, candidates: found, marked: null });
          });
          if (!waiting.length) waitingCtx = context;
          for (const item of items) {
            all.push(item);
            waiting.push(item);
          }
          const recent = items.length > CONTEXT_BLOCKS ? items.slice(-CONTEXT_BLOCKS) : items;
          context = context.concat(recent.map((s) => ({ text: s.block.text, candidates: s.candidates }))).slice(-CONTEXT_BLOCKS);
          if (!paintDue()) return;
          const batch = waiting;
          waiting = [];
          await mark(batch, waitingCtx, gen);
        });
      }
      if (!done) await nextSlice();
      if (stale()) return;
    }
    await marking;
    if (stale()) return;
    if (kind === 'page') await mark(all, [], gen);
    else if (waiting.length) await mark(waiting, waitingCtx, gen);
  }

  return {
    scanPage: (root: Node, primed?: PrimedScan) => scan(root, 'page', primed),
    scanPart: (root: Node) => scan(root, 'part'),
    /** Abandons the work in progress (a full rescan or a pause follows). */
    reset(): void {
      generation++;
      context = [];
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
