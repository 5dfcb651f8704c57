// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import type { BackstoryDB } from '../../data/db';
import { getCardData } from '../../data/fact-base';
import { importPackFile, importPackText } from '../../data/pack-import';
import { dumpDb, freshDb, installTestPack } from '../fixtures/db';
import { makePack } from '../fixtures/packs';
import { getEntity } from '../../data/entity-store';

// Hostile input is malformed JSON that no static type describes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

const HTML = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold</b>';

function hostilePack(): RawJson {
  const p: RawJson = makePack();
  p.id = 'hostile';
  p.name = `Pack ${HTML}`;
  p.description = HTML;
  p.entities = p.entities.map((e: RawJson, i: number) => ({
    ...e,
    id: `hostile-${i}`,
    name: `${e.name} ${HTML}`,
    summary: HTML,
    aliases: [`${HTML}`, { text: `<a href="javascript:alert(1)">x</a>`, case: 'fold', link: 'always' }],
    cues: ['<script>x</script>'],
    facts: e.facts.map((f: RawJson) => ({ ...f, text: HTML, note: HTML })),
    related: [],
  }));
  return p;
}

describe('hostile packs', () => {
  let db: BackstoryDB;
  let before: unknown;
  beforeEach(async () => {
    db = await installTestPack(freshDb());
    before = await dumpDb(db);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('stores HTML and <script> in every text field as inert text and renders it as text', async () => {
    const result = await importPackText(db, JSON.stringify(hostilePack()));
    expect(result.ok).toBe(true);
    const card = await getCardData(db, 'hostile-0');
    expect(card?.entity.summary).toBe(HTML);
    const host = document.createElement('div');
    document.body.append(host);
    render(<EntityCard entity={card!.entity} related={[]} variant="panel" />, host);
    expect(host.querySelector('script, img, b, a[href^="javascript"]')).toBeNull();
    expect(host.textContent).toContain('<script>window.__pwned = 1</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each<[string, (p: RawJson) => void, string]>([
    ['a javascript: source', (p) => (p.entities[0].facts[0].source = 'javascript:alert(1)'), 'entities[0].facts[0].source: not an http(s) URL'],
    ['a data: source', (p) => (p.entities[0].facts[0].source = 'data:text/html,<script>alert(1)</script>'), 'entities[0].facts[0].source: not an http(s) URL'],
    ['a javascript: extra source', (p) => (p.entities[1].facts[0].extraSources = ['https://a.example/', 'JavaScript:alert(1)']), 'entities[1].facts[0].extraSources[1]: not an http(s) URL'],
    ['a duplicate id', (p) => (p.entities[1].id = p.entities[0].id), 'entities[1].id: duplicate id "hostile-0" (first at entities[0])'],
    ['a number for a name', (p) => (p.entities[0].name = 42), 'entities[0].name: must be a string'],
    ['an object for facts', (p) => (p.entities[0].facts = { 0: {} }), 'entities[0].facts: must be a list'],
    ['a string for an entity', (p) => (p.entities[1] = 'socar'), 'entities[1]: must be an entity object'],
    ['a list for the pack', (p) => (p.entities = null), 'entities: must be a list'],
    ['a __proto__ id', (p) => (p.entities[0].id = '__proto__'), 'entities[0].id: not an id (lower-case letters, digits and dashes)'],
  ])('rejects %s with a clear error and leaves the database unchanged', async (_label, mutate, error) => {
    const pack = hostilePack();
    mutate(pack);
    const result = await importPackText(db, JSON.stringify(pack));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(error);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('ignores __proto__ and constructor keys: nothing polluted, nothing stored but the schema fields', async () => {
    const pack = hostilePack();
    pack.entities[0].id = 'constructor';
    const text = JSON.stringify(pack)
      .replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"')
      .replace('"summary"', '"__proto__":{"polluted":true},"summary"');
    const result = await importPackText(db, text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const stored = await getEntity(db, 'constructor');
    expect(stored && Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(Object.keys(stored ?? {}).sort()).toEqual(['aliases', 'cues', 'facts', 'id', 'name', 'packId', 'related', 'summary', 'type']);
  });

  it('refuses a 50 MB file before reading it, and the same text given directly', async () => {
    const big = 'x'.repeat(50_000_000);
    const fromFile = await importPackFile(db, new Blob([big]));
    const fromText = await importPackText(db, big);
    for (const result of [fromFile, fromText]) {
      expect(result.ok ? '' : result.errors[0]).toMatch(/^\(file\): 50\.0 MB is larger than the 48\.0 MB limit/);
    }
    expect(await dumpDb(db)).toEqual(before);
  });

  it('rejects deep nesting with a clear error', async () => {
    const pack = hostilePack();
    const deep = `${'['.repeat(100_000)}"end"${']'.repeat(100_000)}`;
    const result = await importPackText(db, JSON.stringify(pack).replace('"aliases":[', `"aliases":[${deep},`));
    expect(result).toEqual({ ok: false, errors: ['(file): nested deeper than 24 levels; a pack needs far fewer'] });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('reports a JSON syntax error and a non-pack file by name', async () => {
    expect(await importPackText(db, '{"format": "backstory-pack",')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^\(file\): not valid JSON/)] });
    expect(await importPackText(db, '[1, 2]')).toEqual({ ok: false, errors: ['(pack): must be a pack object'] });
    expect(await dumpDb(db)).toEqual(before);
  });
});
