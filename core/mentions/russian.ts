/**
 * Russian case forms of Cyrillic aliases, generated at compile time (names inflect inside the phrase:
 * «Организации тюркских государств», «Башара Асада», «Государственной нефтяной компании Азербайджана»).
 *
 * Each word gets a declension class from its ending; the six cases are generated in agreement. In a person's
 * name every declinable word inflects; in any other name the leading adjectives and the head noun inflect and
 * the words after the head (genitive complements) stay as they are. Foreign names ending in a vowel other
 * than а/я (Алеппо, Шараа) and Arabic articles (аль, аш) do not decline. A place name joined by an Arabic
 * article is one compound that declines in its last part only (Дейр-эз-Зор: в Дейр-эз-Зоре, Эр-Рияд: Эр-Рияда).
 */
import type { EntityType } from '../../data/types';

/** Endings per case: nominative, genitive, dative, accusative, instrumental, prepositional. */
type Paradigm = readonly (readonly string[])[];

interface WordClass {
  /** Letters replaced by the case endings. */
  readonly strip: number;
  readonly cases: Paradigm;
  readonly adjective: boolean;
}

const ADJECTIVES: Record<string, Paradigm> = {
  ая: [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']],
  // After ж ш щ ч ц an unstressed ending is spelled е (развивающейся, хорошей), a stressed one о (большой).
  жая: [['ая'], ['ей', 'ой'], ['ей', 'ой'], ['ую'], ['ей', 'ею', 'ой', 'ою'], ['ей', 'ой']],
  яя: [['яя'], ['ей'], ['ей'], ['юю'], ['ей', 'ею'], ['ей']],
  ый: [['ый'], ['ого'], ['ому'], ['ый', 'ого'], ['ым'], ['ом']],
  ий: [['ий'], ['ого', 'его'], ['ому', 'ему'], ['ий', 'ого', 'его'], ['им'], ['ом', 'ем']],
  ой: [['ой'], ['ого'], ['ому'], ['ой', 'ого'], ['ым'], ['ом']],
  ое: [['ое'], ['ого'], ['ому'], ['ое'], ['ым'], ['ом']],
  ее: [['ее'], ['его'], ['ему'], ['ее'], ['им'], ['ем']],
  ые: [['ые'], ['ых'], ['ым'], ['ые', 'ых'], ['ыми'], ['ых']],
};

const NOUNS: readonly [string, number, Paradigm][] = [
  ['ия', 1, [['я'], ['и'], ['и'], ['ю'], ['ей'], ['и']]],
  ['ие', 1, [['е'], ['я'], ['ю'], ['е'], ['ем'], ['и']]],
  ['ство', 1, [['о'], ['а'], ['у'], ['о'], ['ом'], ['е']]],
  ['а', 1, [['а'], ['ы'], ['е'], ['у'], ['ой'], ['е']]],
  ['я', 1, [['я'], ['и'], ['е'], ['ю'], ['ей'], ['е']]],
  ['ь', 1, [['ь'], ['и', 'я'], ['и', 'ю'], ['ь'], ['ью', 'ем'], ['и', 'е']]],
  ['й', 1, [['й'], ['я'], ['ю'], ['й', 'я'], ['ем'], ['е']]],
];
const CONSONANT: Paradigm = [[''], ['а'], ['у'], ['', 'а'], ['ом'], ['е']];
/** After sibilants and ц the unstressed endings take е/и (Шаши, Шашей); Russian surnames in -ов/-ин take -ым. */
const SURNAME: Paradigm = [[''], ['а'], ['у'], ['', 'а'], ['ым'], ['е']];
const SIBILANT_A: Paradigm = [['а'], ['и'], ['е'], ['у'], ['ей', 'ой'], ['е']];
const VELAR_A: Paradigm = [['а'], ['и'], ['е'], ['у'], ['ой'], ['е']];
const SIBILANT: Paradigm = [[''], ['а'], ['у'], ['', 'а'], ['ем', 'ом'], ['е']];
const FIXED: Paradigm = [[''], [''], [''], [''], [''], ['']];
/** The Arabic article as Russian spells it before sun and moon letters (аль-, аш-, эз-, эр-, …). */
const ARTICLES = new Set(['аль', 'ал', 'аш', 'ас', 'ад', 'ат', 'ан', 'аз', 'ар', 'эль', 'эз', 'эс', 'эд', 'эт', 'эр', 'эш', 'эн', 'уль']);
const PARTICLES = new Set([...ARTICLES, 'абу', 'ибн', 'бен', 'бин', 'фон', 'де', 'ван', 'по', 'от', 'и', 'в', 'на']);
const VOWELS = 'аеиоуыэюя';

function allCyrillicLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x430 || c > 0x44f) return false;
  }
  return true;
}

const noun = (strip: number, cases: Paradigm): WordClass => ({ strip, cases, adjective: false });
const FIXED_CLASS = noun(0, FIXED);
const SIBILANT_A_CLASS = noun(1, SIBILANT_A);
const VELAR_A_CLASS = noun(1, VELAR_A);
const NOUN_CLASSES = NOUNS.map(([ending, strip, cases]) => [ending, noun(strip, cases)] as const);
/** The noun classes by the last letter of their ending, in the order above (a word takes the first that fits). */
const NOUN_CLASSES_BY_LAST = new Map<string, (typeof NOUN_CLASSES)[number][]>();
for (const entry of NOUN_CLASSES) {
  const last = entry[0][entry[0].length - 1]!;
  NOUN_CLASSES_BY_LAST.set(last, [...(NOUN_CLASSES_BY_LAST.get(last) ?? []), entry]);
}
const SURNAME_CLASS = noun(0, SURNAME);
const SIBILANT_CLASS = noun(0, SIBILANT);
const CONSONANT_CLASS = noun(0, CONSONANT);

function nounClass(word: string): WordClass {
  if (word.length < 3 || PARTICLES.has(word) || !allCyrillicLetters(word)) return FIXED_CLASS;
  const last = word[word.length - 1] as string;
  if (word.length > 3 && word[word.length - 2] === last && VOWELS.includes(last)) return FIXED_CLASS; // Шараа
  const before = word[word.length - 2] ?? '';
  if (last === 'а' && 'жшщчц'.includes(before)) return SIBILANT_A_CLASS;
  if (last === 'а' && 'гкх'.includes(before)) return VELAR_A_CLASS;
  for (const [ending, cls] of NOUN_CLASSES_BY_LAST.get(last) ?? []) if (word.endsWith(ending)) return cls;
  if (VOWELS.includes(last)) return FIXED_CLASS; // Алеппо, Баку
  if (((last === 'в' && 'оеё'.includes(before)) || (last === 'н' && 'иы'.includes(before))) && word.length > 4) return SURNAME_CLASS; // -ов -ев -ёв -ин -ын
  if ('жшщчц'.includes(last)) return SIBILANT_CLASS;
  return CONSONANT_CLASS;
}

/** A word's class in a name of `type`: only a person's name in -ов/-ин takes the surname's instrumental -ым (Ростовом, Алиевым). */
function classOf(word: string, type: EntityType | null): WordClass {
  const cls = nounClass(word);
  return cls === SURNAME_CLASS && type !== 'person' ? CONSONANT_CLASS : cls;
}

const SIBILANTS = 'жшщчц';

const pairKey = (word: string, at: number): number => word.charCodeAt(at) * 65536 + word.charCodeAt(at + 1);
/** Adjective classes by the two letters of their ending (`жая`: ая after a sibilant), each made once. */
const ADJECTIVE_CLASSES = new Map(Object.entries(ADJECTIVES).map(([ending, cases]) => [pairKey(ending, ending.length - 2) + (ending.length > 2 ? 0.5 : 0), { strip: 2, cases, adjective: true }]));
/** Reflexive classes by their base class, each made once. */
const REFLEXIVE = new Map<WordClass, WordClass>();

function adjectiveClass(word: string): WordClass | null {
  if (word.length < 4) return null;
  // A reflexive participle declines as an adjective with -ся kept at the end (Развивающаяся → Развивающейся).
  if (word.endsWith('ся') && word.length > 6) {
    const base = adjectiveClass(word.slice(0, -2));
    if (!base) return null;
    let cls = REFLEXIVE.get(base);
    if (!cls) REFLEXIVE.set(base, (cls = { strip: base.strip + 2, cases: base.cases.map((c) => c.map((e) => `${e}ся`)), adjective: true }));
    return cls;
  }
  const key = pairKey(word, word.length - 2);
  const sibilantAya = key === pairKey('ая', 0) && SIBILANTS.includes(word[word.length - 3]!);
  return ADJECTIVE_CLASSES.get(sibilantAya ? key + 0.5 : key) ?? null;
}

/** Which words inflect and how. */
function classesOf(words: readonly string[], type: EntityType | null): WordClass[] {
  const classes: WordClass[] = [];
  if (type === 'place' && words.slice(0, -1).some((w) => ARTICLES.has(w))) {
    for (let i = 0; i < words.length - 1; i++) classes.push(FIXED_CLASS);
    classes.push(classOf(words[words.length - 1]!, type));
    return classes;
  }
  let headSeen = false;
  for (const w of words) {
    if (type === 'person') classes.push(nounClass(w));
    else if (headSeen) classes.push(FIXED_CLASS);
    else {
      const adj = adjectiveClass(w);
      headSeen = !adj;
      classes.push(adj ?? classOf(w, type));
    }
  }
  return classes;
}

/** Every ending of each paradigm a single-word alias can be matched with (index = paradigm id, 0 = none). */
const PARADIGMS: readonly Paradigm[] = [FIXED, CONSONANT, SURNAME, SIBILANT_A, VELAR_A, SIBILANT, ...NOUNS.map((n) => n[2])];
const ENDINGS: readonly Set<string>[] = PARADIGMS.map((p) => new Set(p.flat()));

/** Whether `ending` (normalised) is a case ending of paradigm `id`. */
export function isRussianEnding(id: number, ending: string): boolean {
  return ENDINGS[id]?.has(ending) ?? false;
}

/**
 * Where generated patterns go. `addJoined` takes a form as pieces to be joined: a sink that stores code units
 * copies them without making the string (joining, then reading the joined string back, was a quarter of
 * generating the forms).
 */
export interface FormSink {
  add(form: string): void;
  /** Adds `pieces.join('')`. */
  addJoined(pieces: readonly string[]): void;
}

/**
 * How a Cyrillic alias is matched: a single declinable word as its stem plus an ending checked at match time
 * (one pattern instead of six), a phrase as its generated case forms. Adds the patterns to `out` and returns
 * the paradigm id when the pattern is a stem matched with a case ending at match time, 0 for full forms.
 */
export function russianForms(form: string, type: EntityType | null, out: FormSink): number {
  if (!form.includes(' ')) {
    const cls = classOf(form, type);
    const paradigm = PARADIGMS.indexOf(cls.cases);
    const stem = cls.strip ? form.slice(0, -cls.strip) : form;
    if (paradigm > 0 && stem.length >= 3) {
      out.add(stem);
      return paradigm;
    }
  }
  addVariants(out, form, type);
  return 0;
}

/**
 * Adds the alias and its Russian case forms (normalised text in, normalised text out), each once. Two forms
 * are the same text exactly when their endings are (the stems are fixed and no ending holds a space), so
 * repeats are found by comparing endings and only new forms are written. The nominative's endings restore
 * every word, so the first form is the alias itself.
 */
function addVariants(out: FormSink, form: string, type: EntityType | null): void {
  const words = form.split(' ');
  const classes = classesOf(words, type);
  const n = words.length;
  // A form is [stem, ending, ' ', stem, ending, …] joined.
  const pieces: string[] = [];
  words.forEach((w, i) => pieces.push(classes[i]!.strip ? w.slice(0, -classes[i]!.strip) : w, '', ' '));
  pieces.length--;
  const seen: string[] = []; // the endings of every form written, n per form
  const pick: number[] = [];
  for (let c = 0; c < 6; c++) {
    for (let i = 0; i < n; i++) pick[i] = 0;
    for (;;) {
      const at = seen.length;
      for (let i = 0; i < n; i++) seen.push(classes[i]!.cases[c]![pick[i]!]!);
      if (isNew(seen, at, n)) {
        for (let i = 0; i < n; i++) pieces[3 * i + 1] = seen[at + i]!;
        out.addJoined(pieces);
      } else seen.length = at;
      // Next combination, the last word's ending fastest.
      let i = n - 1;
      while (i >= 0 && ++pick[i]! === classes[i]!.cases[c]!.length) pick[i--] = 0;
      if (i < 0) break;
    }
  }
}

/** Whether the endings at `seen[at..at + n)` differ from every earlier group of `n`. */
function isNew(seen: readonly string[], at: number, n: number): boolean {
  for (let f = 0; f < at; f += n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = seen[f + i] === seen[at + i];
    if (same) return false;
  }
  return true;
}
