/**
 * Turkish and Azerbaijani case/possessive suffixes on names (Fidan'ın, Nahçıvan'a, Şərifovun, Əliyevə),
 * checked at match time against the original letters so that vowel harmony holds: a suffix only counts when
 * its vowels agree with the stem's last vowel (Şərifov+un, but not Aliyev+a: that is the female name Aliyeva).
 * Only inflection, never derivation (Bakü+lü "from Baku" is another word).
 *
 * Template letters: I = high vowel (ı i u ü), A = low vowel (a e ə), D = d|t; others are literal. The relative
 * suffix is invariant -ki in Turkish (Şam'daki, Bakü'deki) but harmonises in Azerbaijani (Naxçıvandakı), so both.
 * German writes the genitive of a name as a bare -s (Assads, des Sangesur-Korridors); no Turkic suffix is a lone
 * s, so it is accepted here too (an English possessive keeps its apostrophe and stays outside the mention).
 */

const TEMPLATES = [
  'I', 'yI', 'nI', 'In', 'nIn', 'A', 'yA', 'nA', 'DA', 'nDA', 'DAn', 'nDAn', 'lA', 'ylA', 'lAr', 'lArI', 'lArIn',
  'lArA', 'lArDA', 'lArDAn', 'DAkI', 'DAki', 'nInkI', 'nInki', 'InkI', 'Inki', 'sI', 'sInI', 'sInIn', 'sInA', 'sIndA',
  'sIndAn', 'InI', 'InIn', 'InA', 'IndA', 'IndAn', 'DIr', 'yDI', 'ylArI', 's',
];

const BACK = 'aıou';
const FRONT = 'eəiöü';

/** The high vowel that follows `v` under four-way harmony. */
function highAfter(v: string): string {
  switch (v) {
    case 'a': case 'ı': return 'ı';
    case 'o': case 'u': return 'u';
    case 'ö': case 'ü': return 'ü';
    default: return 'i';
  }
}

function matchTemplate(tpl: string, s: string, lastVowel: string | null): boolean {
  if (tpl.length !== s.length) return false;
  let v = lastVowel;
  for (let i = 0; i < tpl.length; i++) {
    const t = tpl[i] as string;
    const c = s[i] as string;
    if (t === 'I') {
      if (!'ıiuü'.includes(c)) return false;
      if (v !== null && c !== highAfter(v)) return false;
      v = c;
    } else if (t === 'A') {
      if (!'aeə'.includes(c)) return false;
      if (v !== null && (BACK.includes(v) ? c !== 'a' : c === 'a')) return false;
      v = c;
    } else if (t === 'D') {
      if (c !== 'd' && c !== 't') return false;
    } else if (t !== c) return false;
  }
  return true;
}

/** Lower-cases with Turkish rules (I → ı, İ → i). */
export function turkicLower(s: string): string {
  return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
}

/** The last vowel of a word (original letters, Turkish lower case), or null. */
export function lastVowel(word: string): string | null {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i] as string;
    if (BACK.includes(c) || FRONT.includes(c)) return c;
  }
  return null;
}

/**
 * Whether `suffix` (original letters) is a Turkic inflection of a stem whose last vowel is `stemVowel`
 * (null: unknown, e.g. after an acronym, so harmony is not checked).
 */
export function isTurkicSuffix(suffix: string, stemVowel: string | null): boolean {
  const s = turkicLower(suffix);
  if (s.length === 0 || s.length > 7) return false;
  return TEMPLATES.some((tpl) => matchTemplate(tpl, s, stemVowel));
}

/** Case suffixes of place and time (locative, ablative, relative): "Görüşdə", "Toplantıda", "Bakıdakı". */
const LOCATIVE = ['DA', 'nDA', 'DAn', 'nDAn', 'DAkI', 'DAki'];

/** Letters that, among the Latin-script languages read here, only Turkish and Azerbaijani write (not ö ü: German). */
const TURKIC_LETTERS = /[ıİşŞçÇğĞəƏ]/;

/** Whether a text is Turkish or Azerbaijani by its letters. */
export function hasTurkicLetters(text: string): boolean {
  return TURKIC_LETTERS.test(text);
}

/**
 * Whether a word (original letters) ends in a locative or ablative suffix that agrees with its stem's vowels,
 * after a stem of three letters or more. In Turkish and Azerbaijani a given name before a surname never carries
 * one (the surname takes the case), so such a word there is a common noun: "Görüşdə Əliyev", "Zirvede Aliyev"
 * ("at the meeting, at the summit, Aliyev"). Callers ask only of Turkic text: elsewhere "Jordan" is a name.
 */
export function endsInLocative(word: string): boolean {
  const w = turkicLower(word);
  for (const tpl of LOCATIVE) {
    const stem = w.length - tpl.length;
    if (stem >= 3 && matchTemplate(tpl, w.slice(stem), lastVowel(w.slice(0, stem)))) return true;
  }
  return false;
}

/** Whether a normalised suffix is a plural (-lar/-ler/-lər, then any case): a family or a common noun, not one person. */
export function isPluralSuffix(suffix: string): boolean {
  return suffix.startsWith('lar') || suffix.startsWith('ler');
}

/**
 * The end of a Turkic suffix written after a hyphen, as Azerbaijani writes it after an acronym ("ANAMA-nın",
 * "SOCAR-ın"), in original text from `end` (the acronym's end); `end` itself when there is none.
 */
export function hyphenSuffixEnd(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 0x2d && c !== 0x2010 && c !== 0x2011) return end;
  const m = /^\p{L}{1,7}(?![\p{L}\p{N}])/u.exec(text.slice(end + 1, end + 9));
  return m && isTurkicSuffix(m[0], null) ? end + 1 + m[0].length : end;
}

/** A number for up to 7 ASCII units (base 128, exact in a double); -1 otherwise. */
export function asciiKey(units: ArrayLike<number>, from: number, to: number): number {
  if (to - from > 7) return -1;
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = units[i]!;
    if (c >= 128) return -1;
    key = key * 128 + c;
  }
  return key;
}

/** Every suffix in folded form (ı/i → i, ü/u → u, ə/e → e), as ASCII keys, for a cheap first test. */
const FOLDED = new Set<number>();
/** Every ending of a folded suffix ("in" and "n" of "nin"): a stretch that is none of these ends no suffix. */
const FOLDED_TAILS = new Set<number>();
for (const tpl of TEMPLATES) {
  let forms = [''];
  for (const t of tpl) {
    const options = t === 'I' ? ['i', 'u'] : t === 'A' ? ['a', 'e'] : t === 'D' ? ['d', 't'] : [t];
    forms = forms.flatMap((f) => options.map((o) => f + o));
  }
  for (const f of forms) {
    const units = [...f].map((ch) => ch.charCodeAt(0));
    FOLDED.add(asciiKey(units, 0, f.length));
    for (let i = 0; i < f.length; i++) FOLDED_TAILS.add(asciiKey(units, i, f.length));
  }
}

/** Whether normalised units [from, to) could be a Turkic suffix (necessary, not sufficient). */
export function mayBeTurkicSuffix(units: Uint16Array, from: number, to: number): boolean {
  if (to <= from) return false;
  const key = asciiKey(units, from, to);
  return key >= 0 && FOLDED.has(key);
}

/**
 * Whether the normalised `word` starting at unit `from` is a stem that `isStem` accepts (at least `minStem` units)
 * followed by a Turkic suffix: "prezidentinin", "Mərkəzində", "atlarının". The suffix is tested in place first;
 * only then is the stem cut out as a string.
 */
export function stemWithTurkicSuffix(units: Uint16Array, from: number, word: string, minStem: number, isStem: (stem: string) => boolean): boolean {
  const to = from + word.length;
  for (let k = word.length - 1; k >= minStem && k >= word.length - 7; k--) {
    // The stretch grows leftwards: once it ends no suffix, no longer stretch is a suffix either.
    const key = asciiKey(units, from + k, to);
    if (!FOLDED_TAILS.has(key)) return false;
    if (FOLDED.has(key) && isStem(word.slice(0, k))) return true;
  }
  return false;
}

/** Endings accepted on cue words, which are given in their dictionary form ("mine" → "mines"). */
const CUE_ENDINGS_LATIN = new Set(['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'ns']);
const CUE_ENDINGS_CYRILLIC = new Set([
  'а', 'у', 'ом', 'е', 'ы', 'и', 'ой', 'ую', 'ая', 'ого', 'ому', 'ым', 'ых', 'ими', 'ами', 'ах', 'ям', 'ях', 'ей',
  'ию', 'ии', 'ия', 'ем', 'ов', 'ев', 'ю', 'я', 'ие', 'ий', 'ые', 'ый',
]);

/** Whether a normalised ending is a plain plural/case ending of a cue word (Turkic suffixes are checked apart). */
export function isCueEnding(ending: string, script: 'latin' | 'cyrillic'): boolean {
  return script === 'latin' ? CUE_ENDINGS_LATIN.has(ending) : CUE_ENDINGS_CYRILLIC.has(ending);
}
