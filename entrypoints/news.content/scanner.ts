/**
 * The page scan: extract block texts, send them to the background in batches (the background holds
 * the compiled dictionary), resolve mentions page-wide here (cheap, dictionary-free) and mark them.
 */
import { resolveMentions, type Candidate } from '../../core/mentions';
import { sendMessage, SCAN_LIMITS } from '../../messaging/protocol';
import { extractBlocks, type TextBlock } from './extract';
import type { MentionRegistry } from './highlights';

const BATCH_CHARS = 200_000;

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

async function scanTexts(texts: string[]): Promise<{ version: string; candidates: Candidate[][] }> {
  const candidates: Candidate[][] = [];
  let version = '';
  for (const batch of batchBlocks(texts)) {
    const result = await sendMessage('scanBlocks', { blocks: batch });
    version = result.factBaseVersion;
    candidates.push(...result.candidates);
  }
  return { version, candidates };
}

/** Yields to the event loop so marking a long page never makes one long task. */
const nextSlice = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function scanPage(root: Node, registry: MentionRegistry, signal: AbortSignal): Promise<string> {
  const blocks: TextBlock[] = extractBlocks(root);
  const texts = blocks.map((b) => b.text);
  const { version, candidates } = await scanTexts(texts);
  if (signal.aborted) return version;
  // Blocks cut to the batch limit keep their candidates; offsets past the cut never occur.
  const mentions = resolveMentions(texts, candidates);
  let sliceStart = performance.now();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const found = mentions[i];
    if (block && found?.length) registry.add(block, found);
    if (performance.now() - sliceStart > 8) {
      await nextSlice();
      if (signal.aborted) return version;
      sliceStart = performance.now();
    }
  }
  return version;
}
