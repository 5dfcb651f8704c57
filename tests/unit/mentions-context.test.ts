/**
 * Rules that read the words around a name, one table per rule, on sentences written for these tests: relatives
 * and eponyms mentioned in passing, place nouns before a bare surname, inflected words that are not given names,
 * Arabic reporting verbs, suffixes (Turkish -ki, German genitive -s), codes such as "D8", places used as breeds,
 * products or namesake towns, and names broken across lines of a text file.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../core/mentions';
import type { Alias, Entity, EntityType } from '../../data/types';

type AliasSpec = string | [text: string, link: Alias['link'], kase?: Alias['case']];

function entity(id: string, type: EntityType, aliases: AliasSpec[], cues: string[] = []): Entity {
  return {
    id, name: id, type, summary: '-', cues, facts: [], related: [],
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a, case: 'fold', link: 'always' } : { text: a[0], link: a[1], case: a[2] ?? 'fold' })),
  };
}

const m = compileMatcher([
  entity('assad', 'person', ['Bashar al-Assad', 'Baschar al-Assad', 'بشار الأسد', ['Assad', 'context'], ['al-Assad', 'context'], ['الأسد', 'after-full']], ['syria']),
  entity('aliyev', 'person', ['Ilham Aliyev', 'İlham Əliyev', 'Ильхам Алиев', ['Aliyev', 'context'], ['Əliyev', 'context'], ['Алиев', 'context']], ['president', 'prezident', 'президент']),
  entity('najaf', 'person', ['Rovshan Najaf', 'Ровшан Наджаф', ['Najaf', 'after-full'], ['Наджаф', 'after-full']]),
  entity('sharaa', 'person', ['Ahmed al-Sharaa', 'أحمد الشرع', 'Əhməd əş-Şəra', ['الشرع', 'after-full'], ['əş-Şəra', 'after-full']]),
  entity('fidan', 'person', ['Hakan Fidan', 'هاكان فيدان', ['فيدان', 'after-full']]),
  entity('bayramov', 'person', ['Jeyhun Bayramov', ['Bayramov', 'after-full']]),
  entity('damascus', 'place', ['Damascus', 'Damaskus', ['Şam', 'context', 'exact']], ['suriye']),
  entity('aleppo', 'place', ['Aleppo', 'حلب']),
  entity('karabakh', 'place', [['Karabakh', 'context'], ['Qarabağ', 'context'], ['Karabach', 'context'], 'Dağlık Karabağ'], ['mines', 'mina']),
  entity('corridor', 'project', ['Sangesur-Korridor']),
  entity('d8', 'organization', [['D8', 'context', 'exact'], ['D-8', 'context', 'exact']], ['cairo', 'summit']),
]);

function links(...blocks: string[]): string[] {
  return findMentions(m, blocks).flatMap((list) => list.map((x) => `${x.surface}=${x.entity}`));
}

type Row = [name: string, blocks: string[], expected: string[]];

function table(rows: Row[]): void {
  it.each(rows)('%s', (_name, blocks, expected) => expect(links(...blocks)).toEqual(expected));
}

describe('suffixes', () => {
  table([
    ['tr: the relative suffix -ki is invariant', ["Suriye'de Şam'daki yönetim değişti; Dağlık Karabağ'daki köyler boşaldı."], ["Şam'daki=damascus", "Dağlık Karabağ'daki=karabakh"]],
    ['de: a genitive -s joins the mention', ['Die Öffnung des Sangesur-Korridors verzögert sich.'], ['Sangesur-Korridors=corridor']],
    ['en: a possessive keeps its apostrophe outside', ["Bashar al-Assad's fall; the Sangesur-Korridor's route."], ['Bashar al-Assad=assad', 'Sangesur-Korridor=corridor']],
  ]);
});
