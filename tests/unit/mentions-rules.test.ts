/**
 * Resolution rules, per rule and per language, on sentences written for these tests. Each distractor kind the
 * finder must not link (acronyms that mean other things, common words that are names, namesakes, places used
 * as the names of fields or clubs) has its own cases.
 */
import { describe } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { entity, mentionTable } from '../fixtures/mention-table';

const ENTITIES = [
  entity('fidan', 'person', ['Hakan Fidan', 'Хакан Фидан', 'هاكان فيدان', ['Fidan', 'after-full', 'exact', 'tr'], ['Фидан', 'after-full']], ['turkish']),
  entity('sharaa', 'person', ['Ahmed al-Sharaa', 'Ахмад аш-Шараа', 'أحمد الشرع', ['al-Sharaa', 'after-full'], ['Sharaa', 'after-full'], ['аш-Шараа', 'after-full'], ['الشرع', 'after-full']], ['syria']),
  entity('assad', 'person', ['Bashar al-Assad', 'Башар Асад', ['al-Assad', 'after-full'], ['Assad', 'after-full'], ['Асад', 'after-full']], ['syria']),
  entity('aliyev', 'person', ['Ilham Aliyev', 'İlham Əliyev', ['Aliyev', 'context'], ['Əliyev', 'context', 'fold', 'az']], ['president', 'azerbaijan']),
  entity('sharifov', 'person', ['Samir Şərifov', ['Şərifov', 'after-full', 'fold', 'az']], ['maliyyə']),
  entity('ots', 'organization', ['Organization of Turkic States', 'Организация тюркских государств', ['OTS', 'context', 'exact'], ['ОТГ', 'context', 'exact']], ['turkic', 'summit', 'тюркских']),
  entity('hts', 'organization', ['Hayat Tahrir al-Sham', ['HTS', 'context', 'exact']], ['syria', 'idlib']),
  entity('adf', 'event', ['Antalya Diplomacy Forum', ['ADF', 'context', 'exact']], ['antalya', 'forum']),
  entity('socar', 'organization', [['SOCAR', 'context', 'exact'], 'Государственная нефтяная компания Азербайджана'], ['oil', 'нефть']),
  entity('karabakh', 'place', [['Karabakh', 'context'], ['Карабах', 'context'], ['Qarabağ', 'context'], ['Karabağ', 'context'], 'Nagorno-Karabakh'], ['mines', 'armenians', 'разминирование', 'mayın']),
  entity('damascus', 'place', ['Damascus', 'Дамаск', 'دمشق', 'Damaskus']),
  entity('btk', 'project', ['Bakü-Tiflis-Kars Demiryolu', 'Bakü-Tiflis-Kars']),
];
const m = compileMatcher(ENTITIES);
const table = mentionTable(m);

describe('context: acronyms and common-word names link only with support on the page', () => {
  table([
    ['an acronym with two cue words on the page links', ['The OTS summit of Turkic leaders opens in May.'], ['OTS=ots']],
    ['an acronym with one generic cue word does not', ['The SOCAR car-sharing app lists oil changes.'], []],
    ['a context name that is not an acronym needs one cue word', ['Mines still cover Karabakh.'], ['Karabakh=karabakh']],
    ['an acronym with the full name elsewhere on the page links', ['Organization of Turkic States', 'The OTS met.'], ['Organization of Turkic States=ots', 'OTS=ots']],
    ['an acronym alone does not link', ['The OTS issued new rules for savings banks.'], []],
    ['cues in other blocks of the page count', ['SOCAR reported profits.', 'Oil prices rose.', 'Нефть подешевела.'], ['SOCAR=socar']],
  ]);
  // Cyrillic cue words are compiled with their case forms, as aliases are; the pack lists only the base form.
  table([
    ['ru: a cue word in the genitive (нефти)', ['Цены нефти выросли; SOCAR доволен.', 'Oil.'], ['SOCAR=socar']],
    ['ru: a context name with its cue in the dative', ['Карабах готовится к разминированию.'], ['Карабах=karabakh']],
    ['ru: a genitive cue the pack no longer lists', ['В Карабахе не хватает разминирования.'], ['Карабахе=karabakh']],
    ['ru: a longer word that only begins with the cue is not the cue', ['SOCAR: нефтяники и нефтепровод.', 'Oil.'], []],
  ]);
});

describe('distractor: acronyms that mean something else', () => {
  table([
    ['a page that spells the acronym out as something else never links it', ['The Office of Thrift Supervision (OTS) met before the summit.', 'OTS staff left.'], []],
    ['the reverse form "ACR (expansion)" counts too', ['ADF (Allied Democratic Forces) fighters near the forum site.'], []],
    ['a plural acronym is another word', ['High-temperature superconductors (HTSs) are studied in Syria.'], []],
    ['an unrelated HTS without a cue stays unlinked', ['Developments in HTS manufacture cut costs.'], []],
    ['a definition as our entity links every occurrence', ['The Antalya Diplomacy Forum (ADF) opened.', 'ADF panels ran late.'], ['Antalya Diplomacy Forum=adf', 'ADF=adf', 'ADF=adf']],
  ]);
});

describe('distractor: common words that are names', () => {
  table([
    ['the Turkish word fidan (sapling) in lower case is not the minister', ['Öğrenciler fidan dikti; Hakan Fidan da oradaydı.'], ['Hakan Fidan=fidan']],
    ['a capitalised Fidan in a headline without the full name does not link', ['Öğrenciler Fidan Dikti', 'Fidan dikimi etkinliği yapıldı.'], []],
  ]);
});

describe('short forms: a bare surname links to the person named in full on the page', () => {
  table([
    ['after the full name', ['Hakan Fidan spoke. Fidan then left.'], ['Hakan Fidan=fidan', 'Fidan=fidan']],
    ['before the full name (headline, then body)', ['Fidan visits Baku', 'Hakan Fidan arrived on Monday.'], ['Fidan=fidan', 'Hakan Fidan=fidan']],
    ['not without the full name', ['Fidan visits Baku'], []],
    ['a title before the surname does not make a namesake', ['Bashar al-Assad fell.', 'Since the fall of President al-Assad, Assad has lived abroad.'], ['Bashar al-Assad=assad', 'al-Assad=assad', 'Assad=assad']],
    ['a near spelling of the given name makes a full name', ['Ahmet al-Sharaa met Hakan Fidan.'], ['Ahmet al-Sharaa=sharaa', 'Hakan Fidan=fidan']],
    ['a surname that needs context links with a cue and no full name', ['Aliyev said the president would travel.'], ['Aliyev=aliyev']],
    ['an initial that fits the given name makes a full name', ['Samir Şərifov danışdı. S.Şərifovun sözləri.'], ['Samir Şərifov=sharifov', 'S.Şərifovun=sharifov']],
  ]);
});

describe('distractor: namesakes', () => {
  table([
    ['another al-Sharaa named in full takes the bare surnames after him', ['Ahmed al-Sharaa spoke.', 'Farouk al-Sharaa, a former vice president, said al-Sharaa had erred.'], ['Ahmed al-Sharaa=sharaa']],
    ['another Assad named in full is not ours, nor are the bare surnames after him', ['Maher al-Assad commanded the division; Assad was feared.'], []],
    ['bare surnames return to our person once he is named again', ['Maher al-Assad spoke. Bashar al-Assad replied. Assad left.'], ['Bashar al-Assad=assad', 'Assad=assad']],
    ['a namesake of a context surname blocks it despite cues', ['The president opened the Heydar Aliyev Centre; Aliyev had founded it.'], []],
    ['an initial that does not fit makes a namesake', ['Samir Şərifov danışdı. R.Şərifov isə susdu.'], ['Samir Şərifov=sharifov']],
  ]);
});

describe('distractor: places that are also fields, clubs or brands', () => {
  table([
    ['an oil field named after the region', ['Work on the Karabakh oil field resumed; mines are cleared elsewhere.'], []],
    ['a field name in guillemets next to месторождение', ['На месторождении «Карабах» идёт бурение; разминирование продолжается.'], []],
    ['a football club', ['Qarabağ FK beat the Armenians 2–0.'], []],
    ['a product named after the city', ['A Damascus steel blade and two Damascus knives.'], []],
    ['a Turkish field name with its head noun', ['Karabağ sahasında sondaj sürüyor; mayın temizliği de.'], []],
    ['the region itself still links', ['Mines still cover Karabakh.'], ['Karabakh=karabakh']],
  ]);
});

describe('Turkish and Azerbaijani suffixes', () => {
  table([
    ['case suffixes after an apostrophe join the mention', ["Hakan Fidan'ın ziyareti; Fidan’a soruldu."], ["Hakan Fidan'ın=fidan", 'Fidan’a=fidan']],
    ['an English possessive stays outside the mention', ["Hakan Fidan's visit"], ['Hakan Fidan=fidan']],
    ['Azerbaijani suffixes without an apostrophe, with vowel harmony', ['Samir Şərifovun adı; Şərifovu tanıyırlar.'], ['Samir Şərifovun=sharifov', 'Şərifovu=sharifov']],
    ['a suffix against vowel harmony is another word (Aliyeva)', ['President Ilham Aliyev and Mehriban Aliyeva'], ['Ilham Aliyev=aliyev']],
    ['a name glued to the next word by a missing space', ['Bakü-Tiflis-KarsDemiryolu açıldı.'], ['Bakü-Tiflis-KarsDemiryolu=btk']],
  ]);
});

describe('Russian case forms', () => {
  table([
    ['a person’s name in the genitive', ['Визит Ахмада аш-Шараа и режим Башара Асада.'], ['Ахмада аш-Шараа=sharaa', 'Башара Асада=assad']],
    ['the head of an organisation’s name inflects, its complement does not', ['Саммит Организации тюркских государств; ОТГ.'], ['Организации тюркских государств=ots', 'ОТГ=ots']],
    ['adjectives agree with the head', ['Президент Государственной нефтяной компании Азербайджана.'], ['Государственной нефтяной компании Азербайджана=sharaa'.replace('sharaa', 'socar')]],
    ['a surname takes a case ending after the full name', ['Башар Асад ушёл. С Асадом говорили.'], ['Башар Асад=assad', 'Асадом=assad']],
    ['a longer word that starts with the surname is not it', ['Башар Асад ушёл. Асадов пришёл.'], ['Башар Асад=assad']],
    ['a city in the accusative', ['Войска вошли в Дамаск и покинули Дамаска окрестности.'], ['Дамаск=damascus', 'Дамаска=damascus']],
  ]);
});

describe('Arabic clitics and spelling variants', () => {
  table([
    ['the li+al contraction and stacked proclitics', ['التقى أحمد الشرع وزيرا. صورة للشرع، وبالشرع، والشرع.'], ['أحمد الشرع=sharaa', 'للشرع=sharaa', 'وبالشرع=sharaa', 'والشرع=sharaa']],
    ['harakat and alef variants do not matter', ['وصل أَحمد الشَّرع إلى دمشق.'], ['أَحمد الشَّرع=sharaa', 'دمشق=damascus']],
  ]);
});

describe('German', () => {
  table([
    ['a plain alias in German text', ['Er traf ihn in Damaskus.'], ['Damaskus=damascus']],
  ]);
});
