/**
 * Approximate substring search (Sellers' dynamic programme): the substring of `text` closest to `pattern`
 * in edit distance, with its start tracked alongside the cost. O(pattern × text) time, O(pattern) memory.
 */
export interface FuzzyHit {
  start: number;
  end: number;
  errors: number;
}

/** The best match of `pattern` in text[from, to) with at most `maxErrors` edits; ties go to the one nearest `near`. */
export function fuzzySearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length, near = from): FuzzyHit | null {
  const m = pattern.length;
  if (m === 0) return null;
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  start.fill(from);
  let best: FuzzyHit | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    nextCost[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const diag = (cost[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const left = (cost[i] ?? 0) + 1;
      const up = (nextCost[i - 1] ?? 0) + 1;
      if (diag <= left && diag <= up) {
        nextCost[i] = diag;
        nextStart[i] = start[i - 1] ?? 0;
      } else if (left <= up) {
        nextCost[i] = left;
        nextStart[i] = start[i] ?? 0;
      } else {
        nextCost[i] = up;
        nextStart[i] = nextStart[i - 1] ?? 0;
      }
    }
    const errors = nextCost[m] ?? m;
    if (errors <= maxErrors) {
      const hit = { start: nextStart[m] ?? 0, end: j + 1, errors };
      if (!best || errors < best.errors || (errors === best.errors && Math.abs(hit.start - near) < Math.abs(best.start - near))) best = hit;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  return best;
}
