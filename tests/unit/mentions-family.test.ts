/**
 * The words right around a bare surname: Arabic words before it that are no given names (Arabic has no capitals
 * to tell), the name of a family, a common word in its usual company, a German genitive after the noun that
 * governs it. Sentences written for these tests.
 */
import { describe } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { entity, mentionTable } from '../fixtures/mention-table';

const m = compileMatcher([
  entity('assad', 'person', ['Bashar al-Assad', 'Baschar al-Assad', 'Beşar Esad', 'بشار الأسد', ['Assad', 'context'], ['Esad', 'context'], ['الأسد', 'after-full']], ['syria', 'syrien', 'suriye']),
  entity('sharaa', 'person', ['Ahmed al-Sharaa', 'أحمد الشرع', 'أبو محمد الجولاني', ['الشرع', 'after-full'], ['الجولاني', 'after-full']]),
  entity('mekdad', 'person', ['فيصل المقداد', ['المقداد', 'after-full']]),
  entity('bashir', 'person', ['محمد البشير', ['البشير', 'after-full']]),
  entity('bayramov', 'person', ['جيهون بيرموف', 'جيهون بيراموف', ['بيراموف', 'after-full']]),
]);
const table = mentionTable(m);

describe('Arabic: only a known given name before a bare surname makes a namesake', () => {
  table([
    ['a verb before the surname', ['أعلن أبو محمد الجولاني الخطة. ويتحدر الجولاني من عائلة نازحة.'], ['أبو محمد الجولاني=sharaa', 'الجولاني=sharaa']],
    ['a noun in construct, and a noun after the conjunction', ['شغل فيصل المقداد المنصب. ولم يعرف مصير المقداد بعد فرار بشار الأسد. وفرار الأسد مفاجئ.'], ['فيصل المقداد=mekdad', 'المقداد=mekdad', 'بشار الأسد=assad', 'الأسد=assad']],
    ['a known given name after a preposition is a namesake', ['قاد أحمد الشرع البلاد، ولا صلة له بفاروق الشرع.', 'عين محمد البشير، ولا علاقة له بعمر البشير.'], ['أحمد الشرع=sharaa', 'محمد البشير=bashir']],
    ['our given name in another spelling makes the full name', ['التقى جيحون بيراموف نظيره. وقال بيراموف إن الزيارة مهمة.'], ['جيحون بيراموف=bayramov', 'بيراموف=bayramov']],
  ]);
});

describe('a family, or a common word, is not the person', () => {
  table([
    ['en: the Assad family and the Assads', ['Bashar al-Assad fled. The Assad family had ruled Syria since 1971; the Assads lost everything.'], ['Bashar al-Assad=assad']],
    ['en: his family in the possessive is still his', ["Bashar al-Assad fled to Moscow with Assad's family."], ['Bashar al-Assad=assad', 'Assad=assad']],
    ['tr: Esad ailesi, but Esad\'ın ailesi is his', ["Beşar Esad Rusya'ya kaçtı. Esad ailesinin serveti donduruldu.", "Beşar Esad Moskova'da. Esad'ın ailesi de orada."], ['Beşar Esad=assad', 'Beşar Esad=assad', "Esad'ın=assad"]],
    ['de: Familie Assad and Assad-Familie, but Assads Familie is his', ['Baschar al-Assad floh. Die Familie Assad und die Assad-Familie verloren alles; Assads Familie lebt in Moskau.'], ['Baschar al-Assad=assad', 'Assads=assad']],
    ['ar: the family and the clan', ['فر بشار الأسد. وانتهى حكم عائلة الأسد.', 'قال فيصل المقداد إن لا صلة له بعشيرة آل المقداد.'], ['بشار الأسد=assad', 'فيصل المقداد=mekdad']],
    ['ar: the law in its usual company', ['قال أحمد الشرع إن الدستور جديد. ويرى منتقدون أن أحكام الشرع الإسلامي تقيد الحريات.'], ['أحمد الشرع=sharaa']],
  ]);
});

describe('de: a genitive surname after the noun that governs it', () => {
  table([
    ['der Sturz Assads', ['Baschar al-Assad floh nach Moskau. Nach dem Sturz Assads übernahm die HTS die Macht in Syrien.'], ['Baschar al-Assad=assad', 'Assads=assad']],
  ]);
});
