/**
 * Rules that read the words around a name, one table per rule, on sentences written for these tests: relatives
 * and eponyms mentioned in passing, place nouns before a bare surname, inflected words that are not given names,
 * Arabic reporting verbs, suffixes (Turkish -ki, German genitive -s), codes such as "D8", places used as breeds,
 * products or namesake towns, and names broken across lines of a text file.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { entity, mentionTable } from '../fixtures/mention-table';
import { isAcronym } from '../../core/mentions/compile';
import { placeTails, withTails } from '../../core/mentions/place-tails';
import { findInText } from '../../core/mentions/text-blocks';

const m = compileMatcher([
  entity('assad', 'person', ['Bashar al-Assad', 'Baschar al-Assad', 'بشار الأسد', ['Assad', 'context'], ['al-Assad', 'context'], ['الأسد', 'after-full']], ['syria']),
  entity('aliyev', 'person', ['Ilham Aliyev', 'İlham Əliyev', 'Ильхам Алиев', ['Aliyev', 'context'], ['Əliyev', 'context'], ['Алиев', 'context']], ['president', 'prezident', 'президент']),
  entity('najaf', 'person', ['Rovshan Najaf', 'Ровшан Наджаф', ['Najaf', 'after-full'], ['Наджаф', 'after-full']]),
  entity('sharaa', 'person', ['Ahmed al-Sharaa', 'أحمد الشرع', 'Əhməd əş-Şəra', 'Ахмед аш-Шараа', ['الشرع', 'after-full'], ['əş-Şəra', 'after-full'], ['Шараа', 'after-full']]),
  entity('fidan', 'person', ['Hakan Fidan', 'هاكان فيدان', ['فيدان', 'after-full'], ['Fidan', 'after-full', 'exact']]),
  entity('bayramov', 'person', ['Jeyhun Bayramov', ['Bayramov', 'after-full']]),
  entity('damascus', 'place', ['Damascus', 'Damaskus', ['Şam', 'context', 'exact']], ['suriye']),
  entity('aleppo', 'place', ['Aleppo', 'حلب']),
  entity('damascus-ar', 'place', ['دمشق']),
  entity('karabakh', 'place', [['Karabakh', 'context'], ['Qarabağ', 'context'], ['Karabach', 'context'], 'Dağlık Karabağ'], ['mines', 'mina']),
  entity('corridor', 'project', ['Sangesur-Korridor']),
  entity('d8', 'organization', [['D8', 'context', 'exact'], ['D-8', 'context', 'exact']], ['cairo', 'summit']),
]);
const table = mentionTable(m);

describe('a namesake mentioned in passing does not take the bare surnames of the person the page is about', () => {
  table([
    ['en: a father in apposition', ['Ilham Aliyev honoured his father, Heydar Aliyev. Aliyev then spoke.'], ['Ilham Aliyev=aliyev', 'Aliyev=aliyev']],
    ['en: a brother', ['Bashar al-Assad fled. His brother Maher al-Assad left too. Assad had ruled for 24 years.'], ['Bashar al-Assad=assad', 'Assad=assad']],
    ['az: an eponym with a case suffix', ['Prezident İlham Əliyev Heydər Əliyev Mərkəzində çıxış edib. Əliyev layihələrdən danışıb.'], ['İlham Əliyev=aliyev', 'Əliyev=aliyev']],
    ['ru: an eponym after имени', ['Ильхам Алиев прилетел в аэропорт имени Гейдара Алиева. Алиев встретился с гостями.'], ['Ильхам Алиев=aliyev', 'Алиев=aliyev']],
    ['ar: a father', ['فر بشار الأسد. وكان قد خلف والده حافظ الأسد. وحكم الأسد طويلا.'], ['بشار الأسد=assad', 'الأسد=assad']],
    ['without our person named in full, the namesake still decides', ['The president recalled his father, Heydar Aliyev. Aliyev died in 2003.'], []],
    ['en: a namesake who is no relation', ['Ilham Aliyev spoke in Baku. He is no relation to Elnur Aliyev, a chess player. Aliyev then left.'], ['Ilham Aliyev=aliyev', 'Aliyev=aliyev']],
    ['de: nicht verwandt mit', ['Ilham Aliyev sprach in Baku. Er ist nicht verwandt mit Elnur Aliyev. Aliyev reiste ab.'], ['Ilham Aliyev=aliyev', 'Aliyev=aliyev']],
    ['ar: no kinship, the preposition on the given name; a verb of appointing before the bare surname', ['قاد أحمد الشرع البلاد. ولا تربطه صلة قرابة بفاروق الشرع. وعين الشرع وزيرا جديدا.'], ['أحمد الشرع=sharaa', 'الشرع=sharaa']],
    ['a namesake named plainly still takes the bare surnames after it', ['Ilham Aliyev spoke. Heydar Aliyev had founded the party; Aliyev died in 2003.'], ['Ilham Aliyev=aliyev']],
  ]);
});

describe('a bare surname after a place noun is a place', () => {
  table([
    ['en: the city of', ['Rovshan Najaf spoke in Baghdad. Pilgrims filled the holy city of Najaf.'], ['Rovshan Najaf=najaf']],
    ['ru: в городе', ['Ровшан Наджаф прибыл в Ирак. Делегация побывала в городе Наджаф.'], ['Ровшан Наджаф=najaf']],
    ['the person still links elsewhere', ['Rovshan Najaf spoke. Najaf said more.'], ['Rovshan Najaf=najaf', 'Najaf=najaf']],
  ]);
});

describe('words that are not given names before or after a bare surname', () => {
  table([
    ['az: a country name with a case suffix after the surname', ['Əhməd əş-Şəra gəldi.', 'Əş-Şəra Azərbaycanın dəstəyinə görə təşəkkür edib.'], ['Əhməd əş-Şəra=sharaa', 'Əş-Şəra=sharaa']],
    ['ar: reporting verbs with the conjunction و', ['استقبل أحمد الشرع هاكان فيدان. وقال الشرع إن الزيارة مهمة. وأكد فيدان ذلك. وأوضح الشرع موقفه.'], ['أحمد الشرع=sharaa', 'هاكان فيدان=fidan', 'الشرع=sharaa', 'فيدان=fidan', 'الشرع=sharaa']],
    ['ar: diplomatic verbs of thanks, praise, warning and signing, bare and feminine', ['أحمد الشرع وهاكان فيدان.', 'شكر الشرع تركيا. أشاد فيدان بالاتفاق. حذر الشرع من الفوضى. وقعت الوزيرة. وقع فيدان.'], ['أحمد الشرع=sharaa', 'وهاكان فيدان=fidan', 'الشرع=sharaa', 'فيدان=fidan', 'الشرع=sharaa', 'فيدان=fidan']],
    ['ar: a real given name still makes a namesake', ['أحمد الشرع.', 'وكان فاروق الشرع نائباً للرئيس.'], ['أحمد الشرع=sharaa']],
    ['de: an inflected surname before a capitalised noun is no given name', ['Baschar al-Assad floh.', 'Assads Familie lebt in Moskau.'], ['Baschar al-Assad=assad', 'Assads=assad']],
    ['a plain given name after the surname still makes a namesake', ['Hakan Fidan spoke.', 'Bashar al-Assad fled; Assad Hassan spoke later.'], ['Hakan Fidan=fidan', 'Bashar al-Assad=assad']],
    ['ru/de: a time adverb at a sentence start is no given name', ['Ахмед аш-Шараа прилетел.', 'Сегодня Шараа выступит.', 'Ahmed al-Sharaa kam. Heute Sharaa nicht.'], ['Ахмед аш-Шараа=sharaa', 'Шараа=sharaa', 'Ahmed al-Sharaa=sharaa']],
    ['tr: a surname with an apostrophe suffix before another name is no given name', ["Hakan Fidan geldi. Fidan'la Bayramov görüştü."], ['Hakan Fidan=fidan', "Fidan'la=fidan"]],
  ]);
});

describe('Russian: a given name agrees in case with the surname', () => {
  table([
    ['a nominative noun before a surname in the genitive governs it', ['Ровшан Наджаф прибыл в Баку. Визит Наджафа длился два дня.'], ['Ровшан Наджаф=najaf', 'Наджафа=najaf']],
    ['a given name in the same case is a namesake', ['Ровшан Наджаф прибыл. Приезд Самира Наджафа отменили; Наджафа ждали.'], ['Ровшан Наджаф=najaf']],
    ['a woman of a Slavic-form surname: her given name does not decline', ['Ильхам Алиев выступил. Мехрибан Алиева выступила тоже.'], ['Ильхам Алиев=aliyev']],
  ]);
});

describe('suffixes', () => {
  table([
    ['tr: the relative suffix -ki is invariant', ["Suriye'de Şam'daki yönetim değişti; Dağlık Karabağ'daki köyler boşaldı."], ["Şam'daki=damascus", "Dağlık Karabağ'daki=karabakh"]],
    ['de: a genitive -s joins the mention', ['Die Öffnung des Sangesur-Korridors verzögert sich.'], ['Sangesur-Korridors=corridor']],
    ['en: a possessive keeps its apostrophe outside', ["Bashar al-Assad's fall; the Sangesur-Korridor's route."], ['Bashar al-Assad=assad', 'Sangesur-Korridor=corridor']],
  ]);
});

describe('a context surname without the full name links with a cue', () => {
  table([
    ['en: the Assad government on a Syria page', ['After the fall of the Assad government, Syria reopened embassies.'], ['Assad=assad']],
    ['not without a cue', ['The Assad family owned a bakery.'], []],
    ['not after a namesake', ['Rifaat al-Assad returned to Syria; Assad had lived in France.'], []],
  ]);
});

describe('codes of capitals and digits need two cue words, like acronyms', () => {
  table([
    ['one cue word is not enough', ['Contractors east of Cairo use Caterpillar D8 bulldozers.'], []],
    ['two cue words are', ['The D-8 summit opened in Cairo.'], ['D-8=d8']],
    ['a Turkic suffix after a hyphen joins a code as it joins an acronym', ['Cairo summit: D-8-in üzvləri toplandı.'], ['D-8-in=d8']],
    ['a code before a technical noun is the thing, on the whole page', ['At the Cairo summit a D8 car was shown; the D8 stand was busy.'], []],
    ['a code before a road noun is a road number', ['Cairo summit news: the D8 motorway was closed near the summit.'], []],
    ['a code before a machine noun too, with two cue words on the page', ['Cairo summit news: a D8 bulldozer cleared the road to the summit hall.'], []],
  ]);
  it.each([
    ['D8', true], ['D-8', true], ['G20', true], ['HTS', true], ['ОТГ', true], ['ARDNŞ', true],
    ['8', false], ['D', false], ['88', false], ['Socar', false], ['11th D-8 Summit', false], ['ADF2025', true],
  ] as const)('isAcronym(%s) = %s', (text, expected) => expect(isAcronym(text)).toBe(expected));
});

describe('places used as breeds, products or namesake towns', () => {
  table([
    ['en: a horse breed', ['Deminers cleared mines; a Karabakh stallion and two Karabakh mares were shown.'], []],
    ['az: a breed word with a case suffix', ['Qarabağ atlarının tövləsi mina təhlükəsindən təmizlənib.'], []],
    ['de: products in compounds and an oil field before the name', ['Aleppo-Seife und Aleppo-Pfeffer.', 'Minen im Ölfeld Karabach.'], []],
    ['ar: soap named after the city', ['صابون حلب الشهير من حلب.'], ['حلب=aleppo']],
    ['a treaty or declaration named where it was signed', ['The Damascus Declaration of 2005 united the opposition. Şam Anlaşması imzalandı.'], []],
    ['a ship named after the place', ['The freighter Aleppo unloaded steel. Tanker «Damascus» was late. Qarabağ tankeri limana girdi.'], []],
    ['the place itself next to a ship', ['The ship sailed to Aleppo.'], ['Aleppo=aleppo']],
    ['the place itself next to a treaty', ['The treaty was signed in Damascus.'], ['Damascus=damascus']],
    ['a university or a team named after the place', ['Damascus University reopened; mines were cleared near the Qarabağ komandası stadium.', 'جامعة دمشق'], []],
    ['en: a namesake town', ['Voters in Damascus, Maryland, and in Aleppo, Pennsylvania, went to the polls.'], []],
    ['en: a list with the country Georgia is not a namesake town', ['Trains run between Damascus, Georgia and Türkiye.'], ['Damascus=damascus']],
    ['en: a possessive modifier before the head noun', ["A Damascus chef's knife and an Aleppo farmer’s soap."], []],
    ['en: the place\'s own possessive is not a modifier', ["Damascus's knife makers and Aleppo's soap."], ['Damascus=damascus', 'Aleppo=aleppo']],
    ['en: a possessive before a word that is no head noun', ["In Damascus Assad's palace stood empty."], ['Damascus=damascus']],
    ['ar: حلب before a livestock noun is milking', ['يبدأ حلب الأبقار فجراً، ثم حلب الماعز.'], []],
    ['ar: the city before another definite word', ['وصلت القافلة إلى حلب الشهباء.'], ['حلب=aleppo']],
  ]);
});

describe('text files: a name broken across one line break is one mention', () => {
  const found = (text: string): string[] => findInText(m, text).map((x) => `${x.surface}=${x.entity}`);
  it.each([
    ['a first name at the end of a line', 'President Ilham\nAliyev spoke.', ['Ilham\nAliyev=aliyev']],
    ['two names on one page', 'Minister Jeyhun\nBayramov and Hakan\r\nFidan met.', ['Jeyhun\nBayramov=bayramov', 'Hakan\r\nFidan=fidan']],
    ['a blank line ends the block', 'Ilham\n\nAliyev spoke.', []],
    ['lines with no name across the break stay apart', 'Hakan Fidan\nBayramov spoke.', ['Hakan Fidan=fidan']],
  ])('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a place whose own name carries a head noun is named with that noun after any of its names', () => {
  it.each([
    ['tails of the own names, also without resource words and in the other number', ['al-omar oil fields', 'al-omar', 'omar'], ['oil fields', 'fields', 'oil field', 'field']],
    ['a name that only extends another with a non-head word gives none', ['deir ez-zor governorate', 'deir ez-zor'], []],
    ['a head noun that is no tail of the name itself gives none', ['qarabag', 'qarabag fk'], ['fk']],
  ])('%s', (_name, forms, expected) => expect(placeTails(forms)).toEqual(expected));
  it('a name that already ends in a head noun gets no tails', () => {
    expect(withTails('al-omar oil field', ['field', 'oil field'])).toEqual([]);
    expect(withTails('omar', ['field'])).toEqual(['omar field']);
  });
  const fields = compileMatcher([
    entity('omar', 'place', ['Al-Omar oil fields', 'Al-Omar', 'East Omar', ['Omar', 'context']], ['oil']),
    entity('karabakh', 'place', [['Karabakh', 'context']], ['oil']),
  ]);
  mentionTable(fields)([
    ['the short names with the head noun', ['Oil flows at the Omar fields and the East Omar oil field.'], ['Omar fields=omar', 'East Omar oil field=omar']],
    ['another place before the same noun is still something else', ['Oil flows at the Karabakh field.'], []],
  ]);
});
