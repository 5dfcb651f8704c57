/**
 * Russian case forms of Cyrillic aliases, generated at compile time (names inflect inside the phrase:
 * «Организации тюркских государств», «Башара Асада», «Государственной нефтяной компании Азербайджана»).
 *
 * Each word gets a declension class from its ending; the six cases are generated in agreement. In a person's
 * name every declinable word inflects; in any other name the leading adjectives and the head noun inflect and
 * the words after the head (genitive complements) stay as they are. Foreign names ending in a vowel other
 * than а/я (Алеппо, Шараа) and Arabic articles (аль, аш) do not decline.
 */

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
const PARTICLES = new Set(['аль', 'ал', 'аш', 'ас', 'ад', 'ат', 'ан', 'эль', 'абу', 'ибн', 'бен', 'бин', 'фон', 'де', 'ван', 'по', 'от', 'и', 'в', 'на']);
const VOWELS = 'аеиоуыэюя';

function allCyrillicLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x430 || c > 0x44f) return false;
  }
  return true;
}

function nounClass(word: string): WordClass {
  const fixed: WordClass = { strip: 0, cases: FIXED, adjective: false };
  if (word.length < 3 || PARTICLES.has(word) || !allCyrillicLetters(word)) return fixed;
  const last = word[word.length - 1] as string;
  if (word.length > 3 && word[word.length - 2] === last && VOWELS.includes(last)) return fixed; // Шараа
  const before = word[word.length - 2] ?? '';
  if (last === 'а' && 'жшщчц'.includes(before)) return { strip: 1, cases: SIBILANT_A, adjective: false };
  if (last === 'а' && 'гкх'.includes(before)) return { strip: 1, cases: VELAR_A, adjective: false };
  for (const [ending, strip, cases] of NOUNS) if (word.endsWith(ending)) return { strip, cases, adjective: false };
  if (VOWELS.includes(last)) return fixed; // Алеппо, Баку
  if (/(ов|ев|ёв|ин|ын)$/.test(word) && word.length > 4) return { strip: 0, cases: SURNAME, adjective: false };
  if ('жшщчц'.includes(last)) return { strip: 0, cases: SIBILANT, adjective: false };
  return { strip: 0, cases: CONSONANT, adjective: false };
}

function adjectiveClass(word: string): WordClass | null {
  if (word.length < 4) return null;
  const ending = word.slice(-2);
  const cases = ADJECTIVES[ending];
  return cases ? { strip: 2, cases, adjective: true } : null;
}

/** Which words inflect and how. */
function classesOf(words: readonly string[], person: boolean): WordClass[] {
  const fixed: WordClass = { strip: 0, cases: FIXED, adjective: false };
  if (person) return words.map((w) => nounClass(w));
  let headSeen = false;
  return words.map((w) => {
    if (headSeen) return fixed;
    const adj = adjectiveClass(w);
    if (adj) return adj;
    headSeen = true;
    return nounClass(w);
  });
}

function product(options: readonly (readonly string[])[]): string[] {
  let acc: string[] = options[0]?.slice() ?? [];
  for (let k = 1; k < options.length; k++) {
    const opts = options[k]!;
    const next: string[] = [];
    for (const prefix of acc) for (const o of opts) next.push(prefix + ' ' + o);
    acc = next;
  }
  return acc;
}

/** Every ending of each paradigm a single-word alias can be matched with (index = paradigm id, 0 = none). */
const PARADIGMS: readonly Paradigm[] = [FIXED, CONSONANT, SURNAME, SIBILANT_A, VELAR_A, SIBILANT, ...NOUNS.map((n) => n[2])];
const ENDINGS: readonly Set<string>[] = PARADIGMS.map((p) => new Set(p.flat()));

/** Whether `ending` (normalised) is a case ending of paradigm `id`. */
export function isRussianEnding(id: number, ending: string): boolean {
  return ENDINGS[id]?.has(ending) ?? false;
}

export interface RussianForms {
  patterns: string[];
  /** Paradigm id when `patterns` is a stem matched with a case ending at match time; 0 when they are full forms. */
  paradigm: number;
}

/**
 * How a Cyrillic alias is matched: a single declinable word as its stem plus an ending checked at match time
 * (one pattern instead of six), a phrase as its generated case forms.
 */
export function russianForms(form: string, person: boolean): RussianForms {
  if (!form.includes(' ')) {
    const cls = nounClass(form);
    const paradigm = PARADIGMS.indexOf(cls.cases);
    const stem = cls.strip ? form.slice(0, -cls.strip) : form;
    if (paradigm > 0 && stem.length >= 3) return { patterns: [stem], paradigm };
  }
  return { patterns: russianVariants(form, person), paradigm: 0 };
}

/** The alias and its Russian case forms (normalised text in, normalised text out). */
export function russianVariants(form: string, person: boolean): string[] {
  const words = form.split(' ');
  const classes = classesOf(words, person);
  const out = new Set<string>([form]);
  for (let c = 0; c < 6; c++) {
    const perWord = words.map((w, i) => {
      const cls = classes[i] as WordClass;
      const stem = cls.strip ? w.slice(0, -cls.strip) : w;
      return (cls.cases[c] ?? ['']).map((e) => stem + e);
    });
    for (const v of product(perWord)) out.add(v);
  }
  return [...out];
}
