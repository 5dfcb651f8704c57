/**
 * What the words around a name say beyond its given name:
 * - a namesake introduced as a relative ("his father, Heydar Aliyev", "His brother Maher al-Assad", "والده حافظ
 *   الأسد"), or as no relation ("not related to Farouk al-Sharaa"), or named in an eponym ("the Heydar Aliyev Center", "аэропорт имени Гейдара Алиева", "Heydər Əliyev
 *   Mərkəzində") is mentioned in passing: the page is still about the other person of that surname, so the bare
 *   surnames after it are not the namesake's;
 * - a bare surname after a place noun ("the holy city of Najaf", "в городе Наджаф") or as the end of a journey
 *   ("flights from Baku to Najaf", "рейсы в Наджаф") names a place, not a person.
 * Words are normalised (folded case and diacritics); Turkic case suffixes on the nouns are allowed.
 */
import * as chars from './chars';
import * as turkic from './turkic';
import * as starts from './word-starts';

// Module-local copies (some loaders compile imports to getters).
const { WORD, unitsText } = chars;
const { stemWithTurkicSuffix } = turkic;
const { startOf, startsOf } = starts;

const list = starts.wordSet;

/** Right before a namesake's given name: a kinship noun. */
const KIN = list(`father mother son daughter brother sister wife husband widow uncle aunt cousin nephew niece
  grandfather grandson vater mutter sohn tochter bruder schwester ehefrau witwe onkel отец отца мать сын сына брат
  брата жена жены супруга вдова дочь дядя babası annesi oğlu kızı kardeşi ağabeyi eşi amcası atası anası qızı
  qardaşı yoldaşı əmisi والده والد ابنه نجله نجل شقيقه شقيق اخوه زوجته ارملته عمه родственник родственника
  родственником родственница родственницей قرابه`);

/**
 * Before a namesake's given name, a preposition after a word of kinship: "no relation to", "not related to",
 * "nicht verwandt mit". (Arabic "صلة قرابة بـ" attaches the preposition to the name: `KIN` has قرابة.)
 */
const RELATED = new Map([['to', list('relation related unrelated kin')], ['mit', list('verwandt')]]);

/** Right before a namesake's given name: the noun of a thing named after the person. */
const EPONYM_BEFORE = list(`имени центр центра центре фонд фонда дворец дворца проспект проспекта улица улицы
  аэропорт аэропорта مركز مؤسسه مطار شارع قصر جامعه مدرسه`);

/** Right after a namesake's surname: the noun of a thing named after the person (Turkic suffixes allowed). */
const EPONYM_AFTER = list(`center centre foundation airport international avenue street prospect prospekt palace park
  museum square school university stadium library zentrum stiftung flughafen allee strasse merkezi havalimanı vakfı
  parkı caddesi bulvarı stadyumu mərkəzi fondu sarayı adına prospekti küçəsi muzeyi beynəlxalq aeroportu`);

/** A place noun before "of" ("the city of Najaf") or right before the name (Russian, German). */
const PLACE_OF = list('city town village province region district governorate port');
const PLACE_BEFORE = list('город города городе городом stadt');
const OF = list('of');

/**
 * A journey's destination, origin or stop: "flights from Baku to Najaf", "pilgrims were in Najaf", "рейсы из Баку в
 * Наджаф" (with a journey noun before, so "faith in Fidan" stays a person).
 */
const TOWARD = list('to from into via in at в во из до через nach');
const JOURNEY = list(`flight flights train trains bus buses ferry ferries route routes pilgrim pilgrims
  pilgrimage pilgrimages trip trips journey journeys voyage cargo shipment shipments рейс рейсы рейсов поезд поезда
  поездов маршрут паломники паломников паломничество flug flüge zug züge`);

/** The starts of the words that `placeNounBefore` asks about right before a name: most words there are none. */
const NEAR_STARTS = startsOf([...PLACE_BEFORE, ...OF, ...TOWARD]);

interface Span { from: number; to: number }

/** The word that ends before `i`, over at most three non-word units (", ", " «"). */
export function wordBefore(u: Uint16Array, i: number): Span | null {
  let e = i;
  for (let k = 0; e > 0 && WORD[u[e - 1]!] !== 1; k++, e--) if (k >= 3) return null;
  let s = e;
  while (s > 0 && WORD[u[s - 1]!] === 1) s--;
  return s < e ? { from: s, to: e } : null;
}

/** The word that starts after `i`, over at most two non-word units. */
export function wordAfter(u: Uint16Array, i: number): Span | null {
  let s = i;
  for (let k = 0; s < u.length && WORD[u[s]!] !== 1; k++, s++) if (k >= 2) return null;
  let e = s;
  while (e < u.length && WORD[u[e]!] === 1) e++;
  return s < e ? { from: s, to: e } : null;
}

const textOf = (u: Uint16Array, w: Span | null): string => (w ? unitsText(u, w.from, w.to) : '');

/** Whether the word at `w` is one of `heads`, bare or with a Turkic case suffix ("Mərkəzində"). */
function isHead(u: Uint16Array, w: Span | null, heads: ReadonlySet<string>): boolean {
  if (!w) return false;
  const word = unitsText(u, w.from, w.to);
  return heads.has(word) || stemWithTurkicSuffix(u, w.from, word, 1, (stem) => heads.has(stem));
}

/**
 * Whether a namesake, named from `given` (its given name) to `to` (the end of its surname), is mentioned in
 * passing: as someone's relative or as the eponym of a place or institution.
 */
export function namesakeInPassing(u: Uint16Array, given: number, to: number): boolean {
  const w = wordBefore(u, given);
  const before = textOf(u, w);
  if (KIN.has(before) || EPONYM_BEFORE.has(before) || isHead(u, wordAfter(u, to), EPONYM_AFTER)) return true;
  const kin = RELATED.get(before);
  return kin !== undefined && w !== null && kin.has(textOf(u, wordBefore(u, w.from)));
}

/** Whether a bare surname at `from` follows a place noun: "the city of Najaf", "в городе Наджаф". */
export function placeNounBefore(u: Uint16Array, from: number): boolean {
  const w = wordBefore(u, from);
  if (w === null || !NEAR_STARTS.has(startOf(u, w.from))) return false;
  const word = textOf(u, w);
  if (PLACE_BEFORE.has(word)) return true;
  if (w !== null && OF.has(word) && PLACE_OF.has(textOf(u, wordBefore(u, w.from)))) return true;
  return w !== null && TOWARD.has(word) && journeyBefore(u, w.from);
}

/** Whether one of the four words before `i` is a journey noun ("flights [from Baku] to", "pilgrims [were] in"). */
function journeyBefore(u: Uint16Array, i: number): boolean {
  let w = wordBefore(u, i);
  for (let k = 0; w && k < 4; k++, w = wordBefore(u, w.from)) if (JOURNEY.has(textOf(u, w))) return true;
  return false;
}
