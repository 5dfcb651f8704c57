/**
 * Per pattern, the records it stands for (`patRec`), with the flags a walk tests carried next to the record id.
 * At 100k aliases each look-up from a trie node to its pattern, record and flags is a dependent cache miss, and a
 * walk meets a pattern end about once per word it walks: the flags in `patRec` save one of those misses.
 *
 * `patRec[p]` >= 0: one record, its id in the low `REC_BITS` bits and above them the record's F_EXACT and F_CUE
 * and its flag bits 7–14 (F_TURKIC … the Russian paradigm). < 0: -(k + 1), where `multi[k]` is a count followed
 * by plain record ids (their flags are read from the records).
 */
import * as T from './types';

/**
 * Records side by side in one array, `REC_STRIDE` words each: flags, entity index, aux string index. A candidate
 * reads all three, and at 100k aliases three arrays meant three cache misses where one line now serves.
 */
export const REC_STRIDE = 3;

export function recFlags(recs: Int32Array, rec: number): number {
  return recs[rec * 3]!;
}

export function recEntity(recs: Int32Array, rec: number): number {
  return recs[rec * 3 + 1]!;
}

/** Records are fewer than pattern entries, which `compile.ts` keeps below 2^21. */
export const REC_BITS = 21;
const REC_MASK = (1 << REC_BITS) - 1;
/** The record flags that travel in `patRec`. */
export const CARRIED = T.F_EXACT | T.F_CUE | 0x7f80;

export function packRecord(rec: number, flags: number): number {
  return rec | (((flags >>> 2) & 3) << REC_BITS) | (((flags >>> 7) & 0xff) << (REC_BITS + 2));
}

export function recordOf(packed: number): number {
  return packed & REC_MASK;
}

/** The carried flags, at their places in the record's flags. */
export function flagsOf(packed: number): number {
  return ((packed >>> (REC_BITS - 2)) & 0xc) | ((packed >>> (REC_BITS + 2 - 7)) & 0x7f80);
}

/** Turns the plain record ids of single-record patterns into packed ones, in place. */
export function packPatternRecords(patRec: Int32Array, recs: Int32Array): void {
  for (let p = 0; p < patRec.length; p++) {
    const r = patRec[p]!;
    if (r >= 0) patRec[p] = packRecord(r, recFlags(recs, r));
  }
}

/**
 * Per pattern (`patRec` packed or not): 1 when every record it stands for is an exact-case alias whose first
 * letter is upper-case, so that text with a lower-case first letter cannot match it (the trie marks where only
 * such patterns lie, and walks stop there).
 */
export function upperFirstPatterns(patRec: Int32Array, multi: Int32Array, recs: Int32Array, recMask: Int32Array, masks: Uint8Array): Uint8Array {
  const upperFirst = (rec: number): boolean => (recFlags(recs, rec) & T.F_EXACT) !== 0 && masks[recMask[rec]!] === 1;
  const out = new Uint8Array(patRec.length);
  for (let p = 0; p < patRec.length; p++) {
    const r = patRec[p]!;
    if (r >= 0) {
      if (upperFirst(recordOf(r))) out[p] = 1;
      continue;
    }
    const at = -r - 1;
    let all = true;
    for (let k = 1; k <= multi[at]! && all; k++) all = upperFirst(multi[at + k]!);
    if (all) out[p] = 1;
  }
  return out;
}
