import { describe, expect, it } from 'vitest';
import { parsePack, parsePackText } from '../../data/pack-schema';
import { makePack } from '../fixtures/packs';

// The mutators below turn well-formed JSON into every kind of malformed JSON, which no static type describes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

describe('parsePack', () => {
  it('accepts a good pack and fills alias defaults', () => {
    const result = parsePack(makePack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ots = result.pack.entities.find((e) => e.id === 'ots');
    expect(ots?.aliases).toContainEqual({ text: 'Turkic Council', case: 'fold', link: 'always' });
    expect(ots?.aliases).toContainEqual({ text: 'OTS', lang: 'en', case: 'exact', link: 'context' });
    expect(ots?.facts[0]?.until).toBeNull();
  });

  it.each([
    ['a fact source that is not http(s)', (p: RawJson) => (p.entities[0].facts[0].source = 'javascript:alert(1)'), 'entities[0].facts[0].source: not an http(s) URL'],
    ['a data: URL source', (p: RawJson) => (p.entities[1].facts[0].source = 'data:text/html,<b>x</b>'), 'entities[1].facts[0].source: not an http(s) URL'],
    ['an unknown entity type', (p: RawJson) => (p.entities[1].type = 'thing'), 'entities[1].type: must be person, organization, place, project or event'],
    ['a malformed date', (p: RawJson) => (p.entities[0].facts[0].from = '2025-13-01'), 'entities[0].facts[0].from: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['an empty name', (p: RawJson) => (p.entities[0].name = '  '), 'entities[0].name: must not be empty'],
    ['a bad id', (p: RawJson) => (p.entities[0].id = 'Bad Id'), 'entities[0].id: not an id (lower-case letters, digits and dashes)'],
    ['a bad alias attribute', (p: RawJson) => (p.entities[1].aliases[1].link = 'sometimes'), 'entities[1].aliases[1]'],
    ['aliases that are not a list', (p: RawJson) => (p.entities[0].aliases = 'SOCAR'), 'entities[0].aliases: must be a list'],
    ['a wrong format version', (p: RawJson) => (p.formatVersion = 2), 'formatVersion: must be 1'],
    ['a missing entities list', (p: RawJson) => delete p.entities, 'entities:'],
    ['a duplicate entity id', (p: RawJson) => (p.entities[1].id = p.entities[0].id), 'entities[1].id: duplicate id "socar" (first at entities[0])'],
  ])('rejects %s, naming the path', (_label, mutate, expected) => {
    const pack = makePack();
    mutate(pack);
    const result = parsePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain(expected);
  });

  it('rejects input that is not an object', () => {
    expect(parsePack(null).ok).toBe(false);
    expect(parsePack([]).ok).toBe(false);
  });

  it('reports a JSON syntax error as a file error', () => {
    const result = parsePackText('{"format": ');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.errors[0]).toMatch(/^\(file\): not valid JSON/);
  });

  it('drops keys it does not know, including __proto__', () => {
    const result = parsePackText(
      JSON.stringify(makePack()).replace('"entities":', '"__proto__": {"polluted": true}, "constructor": 1, "entities":'),
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.pack)).not.toContain('constructor');
  });
});
