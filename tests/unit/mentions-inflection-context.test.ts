/**
 * Rules found with the second set of evaluation passages, one table per rule, on sentences written for these
 * tests: plural surnames, Turkic locatives and Arabic plurals before a surname, journeys to a place that is also
 * a surname, places in metal works, fish names and an idiom, Azerbaijani suffixes after a hyphen on acronyms,
 * and Russian reflexive participles in names.
 */
import { describe } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { entity, mentionTable } from '../fixtures/mention-table';

const m = compileMatcher([
  entity('fidan', 'person', ['Hakan Fidan', ['Fidan', 'after-full', 'exact']]),
  entity('aliyev', 'person', ['Ilham Aliyev', 'İlham Əliyev', 'إلهام علييف', ['Əliyev', 'context'], ['Aliyev', 'context'], ['علييف', 'context']], ['prezident', 'president']),
  entity('bayramov', 'person', ['Jeyhun Bayramov', ['Bayramov', 'after-full']]),
  entity('shaibani', 'person', ['أسعد حسن الشيباني', ['الشيباني', 'after-full']]),
  entity('najaf', 'person', ['Rovshan Najaf', 'Ровшан Наджаф', ['Najaf', 'after-full'], ['Наджаф', 'after-full']]),
  entity('mersin', 'place', [['Mersin', 'always', 'exact']]),
  entity('damascus', 'place', ['Damascus']),
  entity('aleppo', 'place', ['Aleppo']),
  entity('iskenderun', 'place', ['Iskenderun']),
  entity('syunik', 'place', [['Zangezur', 'context']], ['kapan']),
  entity('anama', 'organization', [['ANAMA', 'context', 'exact'], 'Minatəmizləmə Agentliyi']),
  entity('hts', 'organization', ['Hayat Tahrir al-Sham', ['HTS', 'context', 'exact']]),
  entity('d8', 'organization', ['Развивающаяся восьмерка']),
]);
const table = mentionTable(m);

describe('a surname in the plural is not the person, and does not take the bare surnames after it', () => {
  table([
    ['tr: Fidanlar (saplings) between two mentions of the minister', ['Hakan Fidan fidan dikti. Fidanlar bahçeye dikildi. Fidan sonra konuştu.'], ['Hakan Fidan=fidan', 'Fidan=fidan']],
    ['tr: a plural after an apostrophe', ["Hakan Fidan geldi; Fidan'lar ailesi de oradaydı."], ['Hakan Fidan=fidan']],
    ['az: a family in the plural', ['İlham Əliyev çıxış edib. Əliyevlər ailəsi tədbirdə idi.'], ['İlham Əliyev=aliyev']],
    ['tr: a case suffix in the singular still joins the mention', ["Hakan Fidan geldi. Fidan'ın ziyareti sürdü."], ['Hakan Fidan=fidan', "Fidan'ın=fidan"]],
  ]);
});

describe('a word in a locative or ablative case before a surname is no given name', () => {
  table([
    ['az: "Görüşdə Əliyev" (at the meeting, Aliyev)', ['Prezident İlham Əliyev qonağı qəbul edib.', 'Görüşdə Əliyev enerji məsələlərini qaldırıb.'], ['İlham Əliyev=aliyev', 'Əliyev=aliyev']],
    ['tr: "Toplantıda Fidan"', ['Hakan Fidan Bakü’ye gitti. Toplantıda Fidan konuştu.'], ['Hakan Fidan=fidan', 'Fidan=fidan']],
    ['tr: "Zirvede Aliyev", a word without Turkic letters in a Turkish block', ['Prezident İlham Əliyev Budapeşte’ye gitti.', "Zirvede Aliyev konuştu; Aliyev'le görüşen başbakan teşekkür etti."], ['İlham Əliyev=aliyev', 'Aliyev=aliyev', "Aliyev'le=aliyev"]],
    ['a namesake’s given name without a case suffix still makes a namesake', ['İlham Əliyev danışıb. Heydər Əliyev isə 1993-cü ildə seçilib.'], ['İlham Əliyev=aliyev']],
    ['a given name that only looks like a locative ("Jordan": no Turkic letter) still makes a namesake', ['Jeyhun Bayramov spoke.', 'Jordan Bayramov, a student, asked about visas.'], ['Jeyhun Bayramov=bayramov']],
  ]);
});

describe('Arabic: a plural noun or a conjunction with the article before a surname is no given name', () => {
  table([
    ['a feminine plural in construct ("تحيات علييف")', ['استقبل إلهام علييف الوفد.', 'ونقل الوزير تحيات علييف إلى القيادة.'], ['إلهام علييف=aliyev', 'علييف=aliyev']],
    ['a verb with the article after the conjunction ("والتقى الشيباني")', ['تسلم أسعد حسن الشيباني مهامه.', 'والتقى الشيباني السفراء.'], ['أسعد حسن الشيباني=shaibani', 'الشيباني=shaibani']],
  ]);
});

describe('a surname that is also a place, as the end of a journey, is the place', () => {
  table([
    ['en: flights from Baku to Najaf', ['Rovshan Najaf met oil officials.', 'Direct flights from Baku to Najaf start in May.'], ['Rovshan Najaf=najaf']],
    ['en: pilgrims to Najaf', ['Rovshan Najaf spoke. Pilgrims to Najaf will get visas.'], ['Rovshan Najaf=najaf']],
    ['en: pilgrims who are in Najaf', ['Rovshan Najaf spoke. 3,000 pilgrims were in Najaf for the holiday.'], ['Rovshan Najaf=najaf']],
    ['en: trust in the person is still the person', ['Rovshan Najaf spoke. Investors put their trust in Najaf.'], ['Rovshan Najaf=najaf', 'Najaf=najaf']],
    ['ru: рейсы в Наджаф', ['Ровшан Наджаф выступил. Рейсы из Баку в Наджаф откроют летом.'], ['Ровшан Наджаф=najaf']],
    ['en: a letter to the person is still the person', ['Rovshan Najaf spoke. The ministry sent a letter to Najaf.'], ['Rovshan Najaf=najaf', 'Najaf=najaf']],
  ]);
});

describe('places used as the names of works, fish, gates, clubs and an idiom', () => {
  table([
    ['tr: mersin balığı, the sturgeon, capitalised at a sentence start', ['Mersin balıkları havyar için avlanıyor. Mersin balığının sayısı azaldı.'], []],
    ['tr: the city in the same sentence still links', ["Mersin'de balık hali açıldı."], ["Mersin'de=mersin"]],
    ['en: a steelworks and a copper combine named after the place', ['Iskenderun Iron and Steel Works resumed output.', 'The Zangezur Copper and Molybdenum Combine near Kapan hired staff.'], []],
    ['en: the port city itself still links', ['The port of Iskenderun reopened.'], ['Iskenderun=iskenderun']],
    ['en: the road-to-Damascus idiom', ['His road-to-Damascus moment came late.', 'A road to Damascus conversion, critics said.'], []],
    ['en: a literal road to Damascus', ['Rebels cut the road to Damascus on Sunday.'], ['Damascus=damascus']],
    ['en: the Damascus Gate of Jerusalem', ['Police closed the Damascus Gate on Friday.'], []],
    ['en: a Syrian club named with its city, and the city itself', ['Al-Ittihad Aleppo beat Al-Wahda Damascus 2-0 in Aleppo.'], ['Aleppo=aleppo']],
  ]);
});

describe('Azerbaijani suffixes after a hyphen on an acronym join the mention', () => {
  table([
    ['az: ANAMA-nın', ['Minatəmizləmə Agentliyi (ANAMA) hesabat verib. ANAMA-nın məlumatına görə işlər davam edir.'], ['Minatəmizləmə Agentliyi=anama', 'ANAMA=anama', 'ANAMA-nın=anama']],
    ['de: a German compound after the hyphen stays outside', ['Hayat Tahrir al-Sham (HTS) regiert Idlib. Der HTS-Chef sprach.'], ['Hayat Tahrir al-Sham=hts', 'HTS=hts', 'HTS=hts']],
    ['en: an English compound after the hyphen stays outside', ['Hayat Tahrir al-Sham, or HTS, holds Idlib; HTS-led forces advanced.'], ['Hayat Tahrir al-Sham=hts', 'HTS=hts', 'HTS=hts']],
  ]);
});

describe('Russian: a reflexive participle declines with its noun', () => {
  table([
    ['the prepositional and the instrumental', ['Членство в Развивающейся восьмерке и сотрудничество с Развивающейся восьмеркой.'], ['Развивающейся восьмерке=d8', 'Развивающейся восьмеркой=d8']],
    ['the nominative', ['Развивающаяся восьмерка собралась в Каире.'], ['Развивающаяся восьмерка=d8']],
  ]);
});
