/**
 * Where a cue word may begin, by a text's first two units. Inside a name already matched only cue words matter
 * (a longer or later match starting there is not kept), so the scanner walks from such a word only where a cue
 * may begin: "Aliyev" inside "Ilham Aliyev" costs no walk. At 100k aliases a walk from a surname meets several
 * cache misses (the trie's nodes and edges, the pattern's record) for nothing.
 *
 * `table[s1 * width + s2]` is 1 when a cue pattern begins with symbols s1 s2, or is the single symbol s1 (then
 * for every s2, including 0: a unit in no pattern, or the end of the text).
 */
import type { PackedPatterns } from './patterns';
import { recFlags, recordOf } from './pattern-records';
import { F_CUE } from './types';

/** Whether pattern `p` stands for a cue word (`patRec` packed or not: the record id is the low bits). */
function isCue(p: number, patRec: Int32Array, multi: Int32Array, recs: Int32Array): boolean {
  const r = patRec[p]!;
  if (r >= 0) return (recFlags(recs, recordOf(r)) & F_CUE) !== 0;
  const at = -r - 1;
  for (let k = 1; k <= multi[at]!; k++) if (recFlags(recs, multi[at + k]!) & F_CUE) return true;
  return false;
}

export function cueStartsOf(packed: PackedPatterns, width: number, patRec: Int32Array, multi: Int32Array, recs: Int32Array): Uint8Array {
  const { syms, start } = packed;
  const table = new Uint8Array(width * width);
  for (let p = 0; p < patRec.length; p++) {
    if (!isCue(p, patRec, multi, recs)) continue;
    const at = start[p]!;
    const s1 = syms[at]!;
    if (start[p + 1]! - at === 1) table.fill(1, s1 * width, (s1 + 1) * width);
    else table[s1 * width + syms[at + 1]!] = 1;
  }
  return table;
}

/** Whether a cue word may begin at unit `i` of normalised text `u` (`symOf`: the trie's alphabet). */
export function mayBeginCue(table: Uint8Array, symOf: Uint16Array, width: number, u: Uint16Array, i: number): boolean {
  const s2 = i + 1 < u.length ? symOf[u[i + 1]!]! : 0;
  return table[symOf[u[i]!]! * width + s2] === 1;
}
