/**
 * A father's name between a person's given name and surname ("Asaad Hassan al-Shaibani") keeps the full name
 * ours, and a word of that name which alone is another entity's alias ("Esad", Turkish for Assad) is no
 * mention of that entity: it neither links nor makes a namesake of the later bare "Esad".
 */
import { describe } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { entity, mentionTable } from '../fixtures/mention-table';

const m = compileMatcher([
  entity('shaibani', 'person', ['Asaad al-Shaibani', 'Esad eş-Şeybani', ['al-Shaibani', 'after-full'], ['al-Schaibani', 'after-full'], ['Şeybani', 'after-full']]),
  entity('assad', 'person', ['Bashar al-Assad', 'Beşar Esad', ['Esad', 'context'], ['Assad', 'context']], ['suriye', 'syria']),
  entity('sharaa', 'person', ['Ahmed al-Sharaa', ['al-Sharaa', 'after-full'], ['Sharaa', 'after-full']]),
]);

describe('a middle name between our given name and our surname', () => {
  mentionTable(m)([
    ['en: a father\'s name', ['Foreign Minister Asaad Hassan al-Shaibani arrived. Al-Shaibani then spoke.'], ['Asaad Hassan al-Shaibani=shaibani', 'Al-Shaibani=shaibani']],
    ['de: a German transliteration', ['Er traf Außenminister Asaad Hassan al-Schaibani in Damaskus.'], ['Asaad Hassan al-Schaibani=shaibani']],
    ['en: the article dropped as well', ['Ahmed Hussein Sharaa met the envoy.'], ['Ahmed Hussein Sharaa=sharaa']],
    ['tr: a given name that is another entity\'s alias stays part of the name', ['Dışişleri Bakanı Esad Hasan Şeybani Ankara\'ya geldi. Suriye\'de Esad rejimi düştü.'], ['Esad Hasan Şeybani=shaibani', 'Esad=assad']],
    ['another given name before the middle name is a namesake', ['Farouk Hassan al-Sharaa spoke. Al-Sharaa was vice-president.'], []],
    ['two words before the surname that are not ours: a namesake', ['Mohammed Hassan al-Shaibani, a historian, died. Al-Shaibani wrote law books.'], []],
  ]);
});
