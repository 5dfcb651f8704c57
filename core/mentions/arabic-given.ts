/**
 * Arabic script has no capitals, so a word before a bare surname cannot show that it is a name. Any word there
 * (a verb, "ويتحدر الجولاني"; a noun in construct, "مصير المقداد", the fate of al-Miqdad) was taken for a
 * namesake's given name. Instead a word counts as a given name in Arabic when it is a common Arabic given name
 * (this list: the usual male and female names, and the Turkic names of the region in Arabic script), or a given
 * name of an entity of the fact base. A rare namesake's given name is missed: then its surname is read as ours.
 */
import { normalizeAlias } from './normalize';

const NAMES = `
محمد أحمد احمد محمود مصطفى علي حسن حسين عمر عثمان عمار يوسف إبراهيم ابراهيم إسماعيل اسماعيل عبد عبدالله
عبدالرحمن عبدالعزيز عبدالحليم عبدالكريم عبدالقادر سعيد سعد سعود سامي سامر سليم سليمان صالح طارق طلال عادل
عامر عماد عمرو عيسى غسان فادي فارس فاروق فؤاد فيصل كمال ماجد ماهر مازن مجد مروان منير موسى نبيل نزار نضال
هاني هشام وليد ياسر يحيى زياد زيد رامي رياض رفعت رشيد باسل باسم بشار بشير جمال جميل جورج حافظ حامد حمزة حمد
خليل داود رائد ربيع رضا زكريا سالم سامح سلمان شادي شريف صبحي صلاح ضياء عاطف عدنان علاء عمران غازي فراس فهد
قاسم كريم لؤي مالك محسن مراد معاذ منصور مهدي ناصر نادر نعمان هادي همام وائل وسيم ياسين يزن أنس أيمن أسامة
أسعد اسعد أكرم أمين أنور إياد إيهاب بسام توفيق ثامر جلال جواد حازم حسام حيدر خضر رامز رشاد رفيق زاهر سهيل
شوقي صابر صفوان طه عزت عصام فايز فريد فوزي قيس لطفي مأمون مدحت مصعب معتز مفيد ممدوح مهند نجيب نعيم هيثم وجيه
يونس حكمت نجم جهاد عدي قصي مناف نديم وسام مجدي حمدي رمزي رؤوف ثائر
فاطمة عائشة مريم زينب خديجة أسماء اسماء رنا ريم سارة ليلى هند نور هدى منى سلمى لينا بثينة نجاح رغد أنيسة
إلهام الهام جيهون سمير مهربان ميكائيل يالتشين روشن هاكان رجب أرطغرل مولود
`;

export const ARABIC_GIVEN = new Set(NAMES.split(/\s+/).filter(Boolean).map((w) => normalizeAlias(w)));
