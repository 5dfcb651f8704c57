import { describe, expect, it } from 'vitest';
import { createSearchIndex, foldForSearch, search, type SearchIndexOptions } from '../../core/search';
import type { Alias, Entity, EntityType } from '../../data/types';

function entity(id: string, name: string, type: EntityType, summary: string, aliases: string[] = [], facts: string[] = []): Entity {
  return {
    id,
    name,
    type,
    summary,
    aliases: aliases.map((text): Alias => ({ text, case: 'fold', link: 'always' })),
    cues: [],
    facts: facts.map((text) => ({ text, from: '2025', until: null, source: 'https://example.org/' })),
    related: [],
  };
}

const ENTITIES: Entity[] = [
  entity('turkiye', 'Türkiye', 'place', 'Country between Europe and Asia; a founding member of the Turkic Council.', ['Turkey']),
  entity('shara-village', 'Shara', 'place', 'A village.', []),
  entity('ahmed-al-sharaa', 'Ahmed al-Sharaa', 'person', "Syria's president since January 2025.", ['Ahmad al-Sharaa', 'al-Jolani', 'Abu Mohammad al-Julani'], [
    'Made his first trip to Azerbaijan on 12 July 2025.',
  ]),
  entity('ots', 'Organization of Turkic States', 'organization', 'Intergovernmental organisation of Turkic-speaking countries.', ['OTS', 'Turkic Council', 'Türk Devletleri Teşkilatı']),
  entity('iskenderun', 'İskenderun', 'place', 'A port city on the Mediterranean coast of Türkiye.', ['Alexandretta']),
  entity('ilham-aliyev', 'Ilham Aliyev', 'person', 'President of Azerbaijan since 2003.', ['İlham Əliyev']),
  entity('socar', 'SOCAR', 'organization', "Azerbaijan's national oil and gas company.", ['State Oil Company of Azerbaijan Republic'], [
    'Began supplying gas to Syria through Türkiye (Kilis) in August 2025.',
  ]),
  entity('d-8', 'D-8', 'organization', 'Organization for Economic Cooperation of eight developing countries.', ['Developing-8']),
];

const PREFILTERED: SearchIndexOptions = { prefilterAbove: 0, maxCandidates: 5 };

describe.each([
  ['without the prefilter', {}],
  ['with the trigram prefilter', PREFILTERED],
])('search %s', (_label, options: SearchIndexOptions) => {
  const index = createSearchIndex(ENTITIES, options);
  const firstId = (q: string) => search(index, q)[0]?.id;

  it.each([
    ['sharaa', 'ahmed-al-sharaa'],
    ['al-Sharaa', 'ahmed-al-sharaa'],
    ['Ahmed al Sharaa', 'ahmed-al-sharaa'],
    ['jolani', 'ahmed-al-sharaa'],
    ['sharra', 'ahmed-al-sharaa'],
    ['turkic', 'ots'],
    ['OTS', 'ots'],
    ['ots', 'ots'],
    ['iskenderun', 'iskenderun'],
    ['ISKENDERUN', 'iskenderun'],
    ['İskenderun', 'iskenderun'],
    ['iskendrun', 'iskenderun'],
    ['ilham əliyev', 'ilham-aliyev'],
    ['İLHAM', 'ilham-aliyev'],
    ['turkiye', 'turkiye'],
    ['d‐8', 'd-8'],
    ['socar', 'socar'],
  ])('%s finds %s first', (query, id) => {
    expect(firstId(query)).toBe(id);
  });

  it('finds a fact text', () => {
    expect(search(index, 'kilis').map((h) => h.id)).toEqual(['socar']);
  });

  it('ranks the exact name before a fuzzy one', () => {
    expect(search(index, 'shara').map((h) => h.id).slice(0, 2)).toEqual(['shara-village', 'ahmed-al-sharaa']);
  });

  it.each(['xyzzy', 'zebra', 'qqqq'])('finds nothing for noise %s', (query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });

  it('looks only at name and alias word starts for a one- or two-letter query', () => {
    expect(search(index, 'o').map((h) => h.id).sort()).toEqual(['ots', 'socar']);
  });

  it('respects the limit', () => {
    expect(search(index, 'a', 2)).toHaveLength(2);
  });

  it('reports the matched part of the name in the original spelling', () => {
    const hit = search(index, 'sharaa')[0];
    const name = hit?.matches.find((m) => m.field === 'name');
    expect(name?.ranges).toEqual([[9, 15]]);
    expect(name?.text.slice(9, 15)).toBe('Sharaa');
    expect(hit?.kind).toBe('word');
  });

  it('maps ranges through Turkish İ back to the original', () => {
    const name = search(index, 'iskender')[0]?.matches.find((m) => m.field === 'name');
    expect(name?.text.slice(...(name.ranges[0] ?? [0, 0]))).toBe('İskender');
  });

  it('reports the alias that matched when the name did not', () => {
    const hit = search(index, 'jolani')[0];
    expect(hit?.matches.find((m) => m.field === 'name')).toBeUndefined();
    expect(hit?.matches.find((m) => m.field === 'aliases')).toEqual({ field: 'aliases', text: 'al-Jolani', ranges: [[3, 9]] });
  });
});

describe('foldForSearch', () => {
  it.each([
    ['İskenderun', 'iskenderun'],
    ['ISKENDERUN', 'iskenderun'],
    ['ıslak', 'islak'],
    ['İLHAM ƏLİYEV', 'ilham eliyev'],
    ['Şərifov', 'serifov'],
    ['Türkiye', 'turkiye'],
    ['Erdoğan', 'erdogan'],
    ['Qəbələ', 'qebele'],
    ['Mekdad—Sharaa', 'mekdad-sharaa'],
    ['Baku–Tbilisi–Kars', 'baku-tbilisi-kars'],
    ['Fidan’ın', "fidan'in"],
    ['  Ahmed \n\t al-Sharaa  ', 'ahmed al-sharaa'],
    ['Ahmed\u00a0al\u2011Sharaa', 'ahmed al-sharaa'],
    ['Straße', 'strasse'],
    ['Ёлка', 'елка'],
    ['أحمد الشرع', 'احمد الشرع'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});
