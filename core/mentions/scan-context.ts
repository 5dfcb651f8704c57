/** A block's scan state and the matches the scanner selected in it: what the rule modules read. */
import { isUpperUnit, type ScratchText } from './normalize';
import type { CompiledMatcher } from './types';

/** A selected alias match in normalised coordinates, with every record it stands for. */
export interface Hit {
  from: number;
  to: number;
  /** Where the alias itself starts: after `from` when Arabic proclitics precede it in the same word. */
  at: number;
  /** Where the alias itself ends: `to` is after an inflection suffix, if any. */
  end: number;
  recs: number[];
}

/**
 * One block's scan state. A single context is reused from block to block (`reset`): a context per block, and the
 * per-block answers kept in maps keyed by it, cost a page of short blocks more than the answers themselves.
 */
export class ScanContext {
  units!: Uint16Array;
  heads!: Int32Array;
  headCount = 0;
  m!: CompiledMatcher;
  norm!: ScratchText;
  orig = '';
  /** Per-block answers of the name rules (`names.ts`), computed on first use: -1 unknown, 0 no, 1 yes. */
  titleCase = -1;
  turkic = -1;
  constructor(m: CompiledMatcher, norm: ScratchText, orig: string) {
    this.reset(m, norm, orig);
  }
  reset(m: CompiledMatcher, norm: ScratchText, orig: string): this {
    this.m = m;
    this.norm = norm;
    this.orig = orig;
    this.units = norm.units;
    this.heads = norm.heads;
    this.headCount = norm.headCount;
    this.titleCase = -1;
    this.turkic = -1;
    return this;
  }
  /** Whether normalised unit k came from an upper-case letter. */
  upper(k: number): boolean {
    return isUpperUnit(this.orig.charCodeAt(this.norm.start[k]!));
  }
  /** The original text of the normalised range [from, to). */
  slice(from: number, to: number): string {
    return to <= from ? '' : this.orig.slice(this.norm.start[from], this.norm.start[to]);
  }
}
