/**
 * The shipped pack's finder on the repository's own evaluation passages (`eval/extra-cases.json`: written for the
 * project in news style, with distractors), scored by the eval script's rules: no false link and no miss per
 * passage, so a change that loses one names the passage and the span.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { parsePackText } from '../../data/pack-schema';
import { readCases, scoreCases, totals } from '../../scripts/eval';

const parsed = parsePackText(readFileSync(new URL('../../data/pack/backstory.pack.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const cases = readCases(fileURLToPath(new URL('../../eval/extra-cases.json', import.meta.url)));
const scores = scoreCases(compileMatcher(parsed.pack.entities), cases);
const show = (s: { surface: string; start: number; entity: string | null }): string => `${s.surface}@${s.start}=${s.entity ?? 'null'}`;

describe('the extra evaluation cases', () => {
  it('cover every language of the development set with enough passages', () => {
    const langs = new Set(cases.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['ar', 'az', 'de', 'en', 'ru', 'tr']);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(scores.map((s) => [s.id, s] as const))('%s: no false link, no miss', (_id, s) => {
    expect({ falseLinks: s.fp.map(show), misses: s.fn.map(show) }).toEqual({ falseLinks: [], misses: [] });
  });

  it('score precision 1 and recall 1 overall', () => {
    const t = totals(scores);
    expect({ p: t.p, r: t.r }).toEqual({ p: 1, r: 1 });
    expect(t.tp).toBeGreaterThan(200);
  });
});
