/**
 * A place name used as the name of something else: an oil field ("the Karabakh field", «Карабах» next to
 * месторождение), a club ("Qarabağ FK", "FK Qarabağ"), a product or breed ("Damascus steel", "Aleppo soap",
 * "Halep biberi", "Şam fıstığı", "Karabakh horse", "Qarabağ xalçası", "Mersin balığı": the sturgeon), a works named
 * after its metal ("Iskenderun Iron and Steel", "Zangezur Copper"), an idiom ("a road-to-Damascus moment"), a
 * university or a team ("Damascus University", "Qarabağ komandası"), a treaty named where it was signed ("the
 * Nakhchivan Agreement", "Nahçıvan Anlaşması"), a ship ("the freighter Nakhchivan", "Qarabağ tankeri"), a
 * mountain range ("the Zangezur mountains", not the province), a gate named for the road's end ("the Damascus
 * Gate" of Jerusalem), a Syrian club named with its city ("Al-Ittihad Aleppo", "Al-Wahda Damascus", "أهلي حلب"),
 * a title in quotes («Араз-Нахчыван», „Mersin Express“), or a namesake town elsewhere ("Damascus, Maryland").
 * In Arabic حلب is also the verbal noun "milking": before a livestock noun ("حلب الأبقار") it is not the city.
 * A head noun right after (with a Turkic case suffix too), a generic noun right before, or a comma and a
 * foreign region's name says so; for names that already need context, so do quotation marks around exactly the
 * name (the way project and field names are written: «Карабах», "Karabakh").
 */
import type { AliasLink } from '../../data/types';
import * as chars from './chars';
import * as norm from './normalize';
import type { Hit, ScanContext } from './scan-context';
import * as turkic from './turkic';
import * as starts from './word-starts';

// Module-local copies (some loaders compile imports to getters).
const { APOSTROPHE, PROCLITIC_FIRST, PROCLITIC_SECOND, SPACE, WORD, unitsEqual, unitsText } = chars;
const { stemWithTurkicSuffix } = turkic;
const { startOf, startsOf } = starts;
const { isCasedUnit, isUpperUnit } = norm;

const list = starts.wordSet;

const HEAD_AFTER = list(`field fields oilfield oilfields gasfield block fc fk sk club klubu kulubu futbol stadium stadyumu
  hotel oteli feld olfeld gasfeld verein yatağı yatağında yatağından yatağının yatağına yatağını sahası sahasında
  sahasından sahasının месторождение месторождения месторождении месторождению месторождением фк клуб
  steel çeliği demir iron copper knife knives blade blades soap sabunu pepper biberi pine çamı fıstığı fıstık tatlısı codex
  idman idmanyurdu balığı balıkları gate
  horse horses atı atları carpet carpets rug rugs xalçası xalçaları halısı halıları mountains mountain range dağları
  silsilesi горы хребет хребта хребте breed breeds stallion stallions mare mares foal foals stud cins cinsi
  seife seifen pfeffer kiefer kiefern stahl klinge klingen pferd pferde rasse teppich teppiche gebirge
  university universität universitesi üniversitesi universiteti team takım takımı komanda mannschaft команда
  agreement agreements treaty accord accords declaration anlaşması antlaşması deklarasyonu sazişi müqaviləsi
  bəyannaməsi abkommen erklärung gemisi gəmisi tankeri bərəsi gulf bay körfezi körfəzi
  الأبقار البقر الماعز الأغنام المواشي النوق الإبل`);
/** Words that may stand between a place and its head noun: resources ("oil and gas field"), "state" ("State University"). */
const RESOURCE = list(`oil gas and offshore onshore neft qaz petrol doğalgaz нефтяное газовое нефтегазовое state devlet
  dövlət staatliche`);
const HEAD_BEFORE = list(`fk fc sk фк club klub клуб месторождение месторождения месторождении месторождению месторождением
  field yatağı ölfeld gasfeld feld صابون فستق نادي حقل جامعة ittihad wahda jaish karamah karama hurriya horriya
  ahli أهلي الأهلي freighter tanker vessel ship ferry frachter танкер судно паром сухогруз`);

/**
 * Region names after "Name, ": a namesake town elsewhere ("Damascus, Maryland", "Aleppo, Pennsylvania"). US states
 * and Canadian provinces; not Georgia (the country in "Baku, Georgia and Türkiye") nor Washington (the government).
 */
const ELSEWHERE = list(`alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
  ontario quebec`);
const OPEN_QUOTES = new Set(['"', '«', '“', '„', "'", '‘', '‹', '”']);
const CLOSE_QUOTES = new Set(['"', '»', '”', '“', "'", '’', '›']);

/** The end of the word at `from` (at most 24 units: longer is no word of these lists); `from` when none starts there. */
function endOf(u: Uint16Array, from: number): number {
  let i = from;
  while (i < u.length && WORD[u[i]!] === 1 && i - from < 24) i++;
  return i;
}

function wordAt(u: Uint16Array, from: number): { text: string; to: number } | null {
  const to = endOf(u, from);
  return to > from ? { text: unitsText(u, from, to), to } : null;
}

function skipGap(u: Uint16Array, i: number, step: 1 | -1): number {
  let j = i;
  for (let k = 0; k < 2 && j >= 0 && j < u.length && WORD[u[j]!] !== 1 && (u[j] === SPACE || OPEN_QUOTES.has(String.fromCharCode(u[j]!)) || CLOSE_QUOTES.has(String.fromCharCode(u[j]!))); k++) j += step;
  return j;
}

const isHeadStem = (stem: string): boolean => HEAD_AFTER.has(stem);
const HEAD_AFTER_STARTS = startsOf(HEAD_AFTER);
const RESOURCE_STARTS = startsOf(RESOURCE);
const HEAD_BEFORE_STARTS = startsOf(HEAD_BEFORE);

/** Whether units [from, to) are a resource word ("oil", "and"). */
function isResource(u: Uint16Array, from: number, to: number): boolean {
  return RESOURCE_STARTS.has(startOf(u, from)) && RESOURCE.has(unitsText(u, from, to));
}

/** Whether units [from, to) are a head noun, bare or with a Turkic case suffix ("Qarabağ atlarının"). */
function isHead(u: Uint16Array, from: number, to: number): boolean {
  if (!HEAD_AFTER_STARTS.has(startOf(u, from))) return false; // a suffixed head shares its stem's start
  const word = unitsText(u, from, to);
  return HEAD_AFTER.has(word) || stemWithTurkicSuffix(u, from, word, 3, isHeadStem);
}

/**
 * Whether `phrase` (normalised words) is resource words then one head noun ("oil fields", "field"): the tail of a
 * place's own name ("Al-Kashma oil fields") that names the place itself, not something else.
 */
export function isHeadTail(phrase: string): boolean {
  const words = phrase.split(' ');
  const last = words.pop()!;
  return HEAD_AFTER.has(last) && words.every((w) => RESOURCE.has(w));
}

/** A word (ending at `to`) with the English possessive 's ("chef's"), as a modifier between a name and its head noun. */
function possessiveTo(u: Uint16Array, to: number): number {
  return u[to] === APOSTROPHE && u[to + 1] === 0x73 && WORD[u[to + 2] ?? 0] !== 1 ? to + 2 : -1;
}

/**
 * The head noun after the name, over up to three resource words ("the Karabakh oil and gas field") or one
 * possessive modifier ("a Damascus chef's knife").
 */
function headAfter(u: Uint16Array, to: number): boolean {
  let from = skipGap(u, to, 1);
  let end = endOf(u, from);
  for (let k = 0; end > from && k < 3 && isResource(u, from, end); k++) end = endOf(u, (from = skipGap(u, end, 1)));
  if (end <= from) return false;
  if (isHead(u, from, end)) return true;
  const modifierEnd = possessiveTo(u, end);
  if (modifierEnd < 0) return false;
  const head = skipGap(u, modifierEnd, 1);
  const headEnd = endOf(u, head);
  return headEnd > head && isHead(u, head, headEnd);
}

/** "Damascus, Maryland": a comma, then the name of a region that is not the place's own. */
function elsewhere(u: Uint16Array, to: number): boolean {
  if (u[to] !== 0x2c || u[to + 1] !== SPACE) return false;
  const w = wordAt(u, to + 2);
  return w !== null && ELSEWHERE.has(w.text);
}

/** The word before the name, or that word without its Arabic proclitics ("بصابون حلب": with Aleppo soap). */
function headBefore(u: Uint16Array, from: number): boolean {
  const end = skipGap(u, from - 1, -1) + 1;
  let s = end;
  while (s > 0 && WORD[u[s - 1]!] === 1) s--;
  if (s >= end) return false;
  if (HEAD_BEFORE_STARTS.has(startOf(u, s)) && HEAD_BEFORE.has(unitsText(u, s, end))) return true;
  let p = s;
  if (PROCLITIC_FIRST.has(u[p]!)) p++;
  if (PROCLITIC_SECOND.has(u[p]!)) p++;
  return p > s && end - p >= 3 && HEAD_BEFORE_STARTS.has(startOf(u, p)) && HEAD_BEFORE.has(unitsText(u, p, end));
}

function quoted(ctx: ScanContext, hit: Hit): boolean {
  const before = ctx.orig[(ctx.norm.start[hit.from] ?? 0) - 1];
  const after = ctx.orig[ctx.norm.start[hit.to] ?? 0];
  return before !== undefined && after !== undefined && OPEN_QUOTES.has(before) && CLOSE_QUOTES.has(after);
}

/** Words after "road to <place>" that make it the idiom of a sudden conversion ("a road-to-Damascus moment"). */
const IDIOM_AFTER = list('moment moments conversion conversions experience epiphany');
const ROAD_TO = 'road to ';

/** "A road-to-Damascus moment": the place stands for a change of mind, not for the city. */
function idiom(u: Uint16Array, from: number, to: number): boolean {
  const at = from - ROAD_TO.length;
  if (at < 0 || !unitsEqual(u, at, from, ROAD_TO)) return false;
  const w = wordAt(u, skipGap(u, to, 1));
  return w !== null && IDIOM_AFTER.has(w.text);
}

/** `ownHead`: the place's own name carries a head noun ("Al-Kashma oil field"), so one before it ("Ölfeld Kaschma") is its own. */
/**
 * A name in quotes with other capitalised words: the title of a club, a ship or a company («Араз-Нахчыван», „Mersin
 * Express“). Speech in quotes has lower-case words, and Arabic shows no case: neither counts. Typographic quotes and
 * the ASCII double quote only (the apostrophe is a Turkish suffix's). Tested on the original text's code units.
 */
function quotedTitle(ctx: ScanContext, hit: Hit): boolean {
  const text = ctx.orig;
  const s = ctx.norm.start[hit.from]!;
  const e = ctx.norm.start[hit.to]!;
  let a = s - 1;
  while (a >= 0 && s - a <= 30 && titleUnit(text.charCodeAt(a))) a--;
  if (a < 0 || !TITLE_OPEN.has(text.charCodeAt(a))) return false;
  let b = e;
  while (b < text.length && b - e <= 30 && titleUnit(text.charCodeAt(b))) b++;
  if (b >= text.length || !TITLE_CLOSE.has(text.charCodeAt(b)) || (a + 1 === s && b === e)) return false;
  // Every word in the quotes starts with a capital (or a digit).
  for (let i = a + 1; i < b; i++) {
    const c = text.charCodeAt(i);
    const wordStart = i === a + 1 || !titleLetter(text.charCodeAt(i - 1));
    if (wordStart && titleLetter(c) && !isUpperUnit(c) && !(c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

const titleLetter = (c: number): boolean => isCasedUnit(c) || (c >= 0x30 && c <= 0x39);
const titleUnit = (c: number): boolean => titleLetter(c) || c === 0x20 || c === 0x2d || c === 0x2013;
const TITLE_OPEN = new Set([0x22, 0xab, 0x201c, 0x201e, 0x2039]);
const TITLE_CLOSE = new Set([0x22, 0xbb, 0x201d, 0x201c, 0x203a]);

/** A place name in the Turkic plural ("Karabağlar", a district of İzmir): another place, not this one. */
function pluralPlace(u: Uint16Array, hit: Hit): boolean {
  return hit.to - hit.end >= 3 && u[hit.end] === 0x6c && (u[hit.end + 1] === 0x61 || u[hit.end + 1] === 0x65) && u[hit.end + 2] === 0x72;
}

export function placeUse(ctx: ScanContext, hit: Hit, link: AliasLink, ownHead = false): 'head' | 'quote' | null {
  const u = ctx.units;
  if (pluralPlace(u, hit) || headAfter(u, hit.to) || (!ownHead && headBefore(u, hit.from)) || quotedTitle(ctx, hit) || elsewhere(u, hit.to) || idiom(u, hit.from, hit.to)) return 'head';
  return link === 'context' && quoted(ctx, hit) ? 'quote' : null;
}
