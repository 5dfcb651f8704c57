/**
 * Owns the compiled mention matcher: compiled once per fact-base version, cached in IndexedDB as bytes
 * so a restarted service worker loads it instead of compiling again.
 */
import { compileMatcher, deserializeMatcher, scanBlocks, serializeMatcher, type CompiledMatcher } from '../../core/mentions';
import type { BackstoryDB } from '../../data/db';
import { enabledEntities, getFactBaseVersion } from '../../data/fact-base';
import { SCAN_LIMITS, type ScanReply, type ScanResult } from '../../messaging/protocol';
import { encodeCandidates } from '../../messaging/scan-wire';

const CACHE_KEY = 'matcherCache';

interface MatcherCache {
  version: string;
  bytes: Uint8Array;
}

function isMatcherCache(value: unknown): value is MatcherCache {
  const v = value as Partial<MatcherCache> | undefined;
  return typeof v?.version === 'string' && v.bytes instanceof Uint8Array;
}

export function createMatcherService(db: BackstoryDB) {
  let current: { version: string; matcher: CompiledMatcher } | null = null;
  let loading: Promise<{ version: string; matcher: CompiledMatcher }> | null = null;

  async function load(version: string) {
    const cached = (await db.meta.get(CACHE_KEY))?.value;
    if (isMatcherCache(cached) && cached.version === version) {
      try {
        return { version, matcher: deserializeMatcher(cached.bytes) };
      } catch (err) {
        console.warn('Backstory: matcher cache unreadable, compiling again', err);
      }
    }
    const matcher = compileMatcher(await enabledEntities(db));
    await db.meta.put({ key: CACHE_KEY, value: { version, bytes: serializeMatcher(matcher) } });
    return { version, matcher };
  }

  async function matcherFor(version: string) {
    if (current?.version === version) return current;
    loading ??= load(version).finally(() => (loading = null));
    current = await loading;
    return current;
  }

  async function scan(blocks: unknown): Promise<ScanResult> {
    const texts = validateBlocks(blocks);
    const { version, matcher } = await matcherFor(await getFactBaseVersion(db));
    return { factBaseVersion: version, candidates: scanBlocks(matcher, texts) };
  }

  return {
    scan,
    /** The `scanBlocks` message: the same scan, its candidates encoded compactly for the trip to the page. */
    async scanForPage(blocks: unknown): Promise<ScanReply> {
      const { factBaseVersion, candidates } = await scan(blocks);
      return { factBaseVersion, candidates: encodeCandidates(candidates) };
    },
  };
}

/** The message handler's guard: a list of strings within the limits, or an error naming what is wrong. */
export function validateBlocks(blocks: unknown): string[] {
  if (!Array.isArray(blocks) || !blocks.every((b) => typeof b === 'string')) {
    throw new Error('scanBlocks: blocks must be a list of strings');
  }
  if (blocks.length > SCAN_LIMITS.maxBlocks) {
    throw new Error(`scanBlocks: at most ${SCAN_LIMITS.maxBlocks} blocks per message`);
  }
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  if (chars > SCAN_LIMITS.maxChars) throw new Error(`scanBlocks: at most ${SCAN_LIMITS.maxChars} characters per message`);
  return blocks;
}
