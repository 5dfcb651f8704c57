/**
 * Words that can stand capitalised right before a surname without being a given name: titles, offices,
 * honorifics, function words, emphasis words ("Сам", "even") and time adverbs at a sentence start, demonyms,
 * months; in Arabic (verb first) the reporting verbs. Normalised forms (folded case and
 * diacritics: "başkanı" → "baskani", "ə" → "e"). `TITLE_STEMS` match as prefixes ("ministers", "ministre").
 */
import { normalizeAlias } from './normalize';

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
