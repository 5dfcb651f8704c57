/**
 * Words that can stand capitalised right before a surname without being a given name: titles, offices,
 * honorifics, function words, emphasis words ("Сам", "even") and time adverbs at a sentence start, demonyms,
 * months; in Arabic (verb first) the reporting verbs. Normalised forms (folded case and
 * diacritics: "başkanı" → "baskani", "ə" → "e"). `TITLE_STEMS` match as prefixes ("ministers", "ministre").
 * `looksLikeGivenName` applies them, with the letter case and the Turkic and Arabic word forms, to a word in text.
 */
import * as chars from './chars';
import { ARABIC_GIVEN } from './arabic-given';
import { normalizeAlias } from './normalize';
import type { ScanContext } from './scan-context';
import * as turkic from './turkic';

// Module-local copies (some loaders compile imports to getters).
const { PROCLITIC_FIRST, PROCLITIC_SECOND, scriptOf } = chars;
const { endsInLocative, hasTurkicLetters, stemWithTurkicSuffix } = turkic;
const text = chars.unitsText;

const WORDS = `
the a an and or but if when while since after before as at in on of for with by from to into then that this these
those both also even so yet under over about according per said says told meanwhile however although though
because during between among against without within where who whom whose which what how why not no nor all some
many most several two three four five his her their its our my your we they he she it i you here there now today
yesterday tomorrow earlier later once again still only just already
mr mrs ms miss dr sir lord lady madam mister prof professor sheikh shaikh sheik king queen prince princess emir
sultan pope saint st brother sister uncle father son daughter wife husband late former ex new old young elder
president vice deputy prime chief head leader general gen col colonel maj major capt captain lt lieutenant
marshal admiral commander secretary spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman
director ceo chancellor premier governor mayor speaker judge justice senator mp interim acting caretaker
transitional foreign defence defense interior economy energy finance trade state syrian syria syrias turkish
turkey turkiye azerbaijani azeri azerbaijan armenian armenia russian russia iranian iran american arab kurdish
israeli qatari saudi emirati egyptian georgian kazakh uzbek us un eu nato fm pm official officials counterpart
rebel regime forces army troops government ministry minister ministers dictator strongman autocrat despot tyrant
ruler militant jihadist warlord chairman chief emir envoy german french british chinese iraqi lebanese jordanian
european ukrainian georgian pakistani indian afghan libyan sudanese yemeni palestinian saudi mr. ms.
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
ve ile ama bu su o bir da de ki icin gibi sayin bay bayan cumhurbaskani baskani baskan bakani bakan disisleri
basbakan lideri lider devlet genel sekreteri buyukelci prezident prezidenti nazir naziri nazirinin bas cenab
xanim muavini sedr sedri sefir sefiri rehberi turk turkiye suriye azerbaycan ermenistan rusya iran suriyeli
suriya rusiya gurcustan qazaxstan misir turkiye
der die das den dem des ein eine einer und oder aber mit von vom zum zur im am auf fur bei nach vor herr frau
prasident aussenminister kanzler staatschef machthaber syriens syrische syrischer syrischen turkische diktator
herrscher machthabers rebellenchef anfuhrer diktatör lideri devrik
bugün dün yarın ayrıca ancak sonra şimdi önce daha artık dünən həmçinin lakin indi isə
bizzat hatta sadece yalnızca hətta yalnız məhz
heute gestern morgen auch dann später jetzt zudem doch noch bereits selbst sogar nur
сегодня вчера завтра теперь тогда также однако затем позже ранее сейчас потом уже ещё где когда
сам сама сами даже именно лишь только
в во на по с со к о об и а но как что при после до для от из у за под над глава президент министр лидер
господин госпожа премьер экс бывший новый сирии сирийский турецкий азербайджанский
قال وقال ان لكن مع عن من الي علي في بين كان اكد زار استقبل قائد زعيم رئيس وزير نظام عهد حكم سقوط بعد قبل منذ
عند خلال ضد لدي حول دعا اعلن وصف صرح اما او ثم حيث كما لان اذا هل ما لا لم لن قد هو هي انه وان بان فان يا
شقيق والد نجل ابن بن اخ عم زوجه حكومه الرئيس والرئيس للرئيس
قالت اكدت اعلنت اوضح اوضحت اضاف اضافت تابع اشار شدد ابلغ ذكر افاد بحث ناقش اجري غادر وصل فر رحب كشف اعرب نفي
اعتبر هنا يزور يلتقي يقول
شكر شكرت هنات اشاد اشادت حذر حذرت طالب طالبت طلب رفض رفضت وقع وقعت ترأس ترأست شارك شاركت هاتف اتصل بحث
تسلم سلم نقل نقلت بعث ابدي ابدت جدد جددت ثمن ثمنت
عين عينت اصدر اصدرت امر امرت قرر قررت اقال اقالت كلف كلفت التقي افتتح افتتحت زارت غادرت وصلت استقبلت دعت
`;

const TITLE_STEMS = [
  'minist', 'presid', 'prezident', 'premier', 'secretar', 'sekreter', 'ambassador', 'buyukelci', 'sefir', 'komutan',
  'komandan', 'cumhurbaskan', 'baskan', 'bakan', 'nazir', 'aussenminist', 'prasident', 'kanzler', 'министр',
  'президент', 'премьер', 'глав', 'лидер', 'генерал', 'посол', 'спикер', 'председател',
];

const STOP = new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => normalizeAlias(w)));
const STEMS = TITLE_STEMS.map((s) => normalizeAlias(s));

/** The title stems by their first unit, so a word is compared with the few that could begin it. */
const STEMS_BY_FIRST = new Map<string, string[]>();
for (const s of STEMS) STEMS_BY_FIRST.set(s[0]!, [...(STEMS_BY_FIRST.get(s[0]!) ?? []), s]);

/** Whether a normalised word is a title, function word or other non-given-name before a surname. */
export function isNameStop(word: string): boolean {
  if (STOP.has(word)) return true;
  const stems = STEMS_BY_FIRST.get(word[0] ?? '');
  return stems !== undefined && stems.some((s) => word.startsWith(s));
}


/** Every given name of the fact base's persons, per compiled matcher. */
const givenCache = new WeakMap<object, Set<string>>();

function givenNamesOf(ctx: ScanContext): Set<string> {
  const table = ctx.m.table;
  let names = givenCache.get(table);
  if (!names) givenCache.set(table, (names = new Set(table.given.flatMap((g) => g.split(' ')).filter(Boolean))));
  return names;
}

/** A cheap first test on the folded word for `endsInLocative`: it ends like -da, -dan, -daki or their variants. */
const LOCATIVE_END = /[dt][ae](n|ki)?$/;

/** Whether the block is Turkish or Azerbaijani text, once per block. */
function turkicBlock(ctx: ScanContext): boolean {
  if (ctx.turkic < 0) ctx.turkic = hasTurkicLetters(ctx.orig) ? 1 : 0;
  return ctx.turkic === 1;
}

/** A word in a locative or ablative case in Turkic text ("Görüşdə", "Zirvede"): a common noun. */
function locativeWord(ctx: ScanContext, ws: number, we: number, folded: string): boolean {
  return LOCATIVE_END.test(folded) && turkicBlock(ctx) && endsInLocative(ctx.slice(ws, we));
}

/** A stop word with a Turkic case suffix ("azerbaycanin", "prezidentinin"). */
function inflectedStop(u: Uint16Array, ws: number, word: string): boolean {
  return stemWithTurkicSuffix(u, ws, word, 2, isNameStop);
}

/** Whether normalised units [from, to) hold an ASCII digit. */
function hasDigit(u: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (u[i]! >= 0x30 && u[i]! <= 0x39) return true;
  return false;
}

/** Whether units [ws, we) are written capitalised: an upper-case first letter and a lower-case one after it. */
function capitalised(ctx: ScanContext, ws: number, we: number): boolean {
  if (!ctx.upper(ws)) return false;
  for (let i = ws + 1; i < we; i++) if (!ctx.upper(i)) return true;
  return false;
}

/**
 * Whether the word at normalised [ws, we) may be a given name (see `names.ts`). The tests on units come first: the
 * word's string is made only for the look-ups in the word lists.
 */
export function looksLikeGivenName(ctx: ScanContext, ws: number, we: number): boolean {
  const u = ctx.units;
  if (we - ws < 2 || (ws > 0 && u[ws - 1] === 0x27)) return false;
  const script = scriptOf(u[ws]!);
  if ((script !== 'arabic' && !capitalised(ctx, ws, we)) || hasDigit(u, ws, we)) return false;
  const word = text(u, ws, we);
  if (isNameStop(word)) return false;
  if (script === 'arabic') {
    // No capitals to go by: a known given name, also after the proclitics و ف, then ب ك ل ("وماهر", "بفاروق");
    // see `arabic-given.ts`.
    const known = (w: string): boolean => ARABIC_GIVEN.has(w) || givenNamesOf(ctx).has(w);
    if (known(word)) return true;
    const k = PROCLITIC_FIRST.has(word.charCodeAt(0)) ? 1 : 0;
    if (k && known(word.slice(1))) return true;
    return PROCLITIC_SECOND.has(word.charCodeAt(k)) && word.length - k > 3 && known(word.slice(k + 1));
  }
  return script !== 'latin' || !(inflectedStop(u, ws, word) || locativeWord(ctx, ws, we, word));
}
