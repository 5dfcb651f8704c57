/** Text with some ranges emphasised (search hits). Rendered as text nodes and `<mark>`s, never as HTML. */
import type { ComponentChildren } from 'preact';

export type TextRange = readonly [number, number];

/** Sorted, clamped, non-overlapping ranges. */
function normalise(ranges: readonly TextRange[], length: number): [number, number][] {
  const sorted = ranges
    .map(([from, to]): [number, number] => [Math.max(0, from), Math.min(length, to)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [from, to] of normalise(ranges, text.length)) {
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
