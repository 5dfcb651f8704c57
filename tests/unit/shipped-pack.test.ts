import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHttpUrl, parsePackText } from '../../data/pack-schema';

const text = readFileSync(new URL('../../data/pack/backstory.pack.json', import.meta.url), 'utf8');
const parsed = parsePackText(text);
const pack = parsed.ok ? parsed.pack : null;

describe('the shipped pack', () => {
  it('is valid', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('keeps the reference ids for the core entities', () => {
    const ids = new Set(pack?.entities.map((e) => e.id));
    for (const id of ['socar', 'ahmed-al-sharaa', 'ots', 'zangezur-corridor', 'ilham-aliyev', 'hakan-fidan', 'hts', 'iskenderun']) {
      expect(ids).toContain(id);
    }
    expect(ids.size).toBe(36);
  });

  it('has related ids that all exist', () => {
    const ids = new Set(pack?.entities.map((e) => e.id));
    const dangling = pack?.entities.flatMap((e) => e.related.filter((r) => !ids.has(r)).map((r) => `${e.id} → ${r}`));
    expect(dangling).toEqual([]);
  });

  it('gives every fact an http(s) source and every entity a fact and an alias', () => {
    for (const e of pack?.entities ?? []) {
      expect(e.facts.length, e.id).toBeGreaterThan(0);
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
      for (const f of e.facts) expect(isHttpUrl(f.source), `${e.id}: ${f.source}`).toBe(true);
    }
  });
});
