import { describe, expect, it } from 'vitest';
import { normalizeAlias, normalizeScratch, normalizeText, textOf, toOriginal } from '../../core/mentions/normalize';

describe('normalizeText folds what spelling varies in news', () => {
  it.each([
    ['Turkish dotted and dotless i fold together', 'İSTANBUL Istanbul ılık', 'istanbul istanbul ilik'],
    ['Azerbaijani schwa folds to e', 'Şərifov Əliyev', 'serifov eliyev'],
    ['Latin diacritics are dropped', 'Beşşar Esed, Nahçıvan, Müller', 'bessar esed, nahcivan, muller'],
    ['every dash and hyphen is a space', 'Baku–Tbilisi—Kars al-Sharaa', 'baku tbilisi kars al sharaa'],
    ['spaced dashes collapse too', 'Baku – Tbilisi', 'baku tbilisi'],
    ['apostrophe variants become one', 'Fidan’ın Hay‘at', "fidan'in hay'at"],
    ['whitespace and line breaks collapse', 'Hakan\n\n  \tFidan\u00a0said', 'hakan fidan said'],
    ['invisible characters vanish', 'Ali\u00adyev Al\u200biyev', 'aliyev aliyev'],
    ['Cyrillic yo folds to ye', 'Ёлка Алёна', 'елка алена'],
    ['Arabic alef forms fold', 'أحمد إسلام آمن', 'احمد اسلام امن'],
    ['Arabic ya, ta marbuta and hamza seats fold', 'مصطفى مدرسة مؤتمر هيئة', 'مصطفي مدرسه موتمر هييه'],
    ['harakat and tatweel are dropped', 'الشَّرَع الشـــرع', 'الشرع الشرع'],
    ['a lower→upper step inside a word is a word break', 'KarsDemiryolu @HakanFidan', 'kars demiryolu @hakan fidan'],
    ['capitals after capitals stay in the word', 'SOCAR HTŞ', 'socar hts'],
    ['sharp s expands', 'Straße', 'strasse'],
  ])('%s', (_name, input, expected) => {
    expect(textOf(normalizeText(input))).toBe(expected);
  });

  it('keeps the original offset of every output unit', () => {
    const input = 'Bakü – Tiflis';
    const n = normalizeText(input);
    const text = textOf(n);
    const at = text.indexOf('tiflis');
    expect(toOriginal(n, at, at + 6)).toEqual({ start: 7, end: 13 });
    expect(input.slice(7, 13)).toBe('Tiflis');
  });

  it('maps a match over dropped marks back over the whole original word', () => {
    const input = 'صورة لِلشَّرَع اليوم';
    const n = normalizeText(input);
    const at = textOf(n).indexOf('للشرع');
    const { start, end } = toOriginal(n, at, at + 5);
    expect(input.slice(start, end)).toBe('لِلشَّرَع');
  });

  it('gives the same result from the allocation-free scanner path', () => {
    const input = 'Bakü-Tiflis-KarsDemiryolu, Ахмад аш-Шараа, لِلشَّرَع, Straße 😀';
    const a = normalizeText(input);
    const b = normalizeScratch(input);
    expect(Array.from(b.units)).toEqual(Array.from(a.units));
    expect(Array.from(b.start)).toEqual(Array.from(a.start));
  });

  it('keeps every unit when ẞ after a lower-case letter becomes three (a word break and "ss")', () => {
    const input = 'aẞßẞaẞ'.repeat(3);
    const a = normalizeText(input);
    const b = normalizeScratch(input);
    expect(textOf(a)).toBe('a ssss ssa ssa ssss ssa ssa ssss ssa ss');
    expect(Array.from(b.units)).toEqual(Array.from(a.units));
    expect(Array.from(b.start)).toEqual(Array.from(a.start));
  });

  it('normalises aliases by the same rules, trimmed', () => {
    expect(normalizeAlias('  Bakü-Tiflis-Kars Demiryolu ')).toBe('baku tiflis kars demiryolu');
    expect(normalizeAlias('@HakanFidan')).toBe(textOf(normalizeText('@HakanFidan')));
  });
});
