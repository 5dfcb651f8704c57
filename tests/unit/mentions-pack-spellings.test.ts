/**
 * The spellings each language's press uses for the pack's entities (pack 2026.11.4), each on a page of its own
 * where it must link, and next to each risky one (a short name, a word, a bare surname, a description) a page
 * where it must not. Pages are lists of blocks; results are "surface=entity".
 */
import { describe } from 'vitest';
import { shippedTable as table } from '../fixtures/shipped-pack';

describe('spellings of other countries\' press', () => {
  table([
    ['Iranian Nakhjavan, and the old name Alexandrette', ['A delegation travelled to Nakhjavan.', 'The port of Alexandrette handled more grain.'], ['Nakhjavan=nakhchivan', 'Alexandrette=iskenderun']],
  ]);
});

describe('Arabic spellings are linked', () => {
  table([
    ['the railway, with spaced dashes and the other Tbilisi spelling', ['وصل أول قطار على خط باكو - تبليسي - قارص، ثم نقل خط باكو-تبيليسي-قارص القمح.'], ['باكو - تبليسي - قارص=btk-railway', 'باكو-تبيليسي-قارص=btk-railway']],
    ['Rafiyev in both spellings, then bare', ['التقى يالتشين رفييف الوزير في دمشق، وقال رفييف إن السفارة ستفتح.', 'وصرح يالتشين رفيعيف للصحفيين.'], ['يالتشين رفييف=yalchin-rafiyev', 'دمشق=damascus', 'رفييف=yalchin-rafiyev', 'يالتشين رفيعيف=yalchin-rafiyev']],
    ['Bayramov as Anadolu writes him, Asadov bare after his full name', ['قال جيهون بيرموف إن بلاده ستدعم سوريا، وأضاف بيرموف أن العلاقات ستعود.', 'وصل علي أسدوف إلى القاهرة، وقال أسدوف إن التعاون مهم.'], ['جيهون بيرموف=jeyhun-bayramov', 'بيرموف=jeyhun-bayramov', 'علي أسدوف=ali-asadov', 'أسدوف=ali-asadov']],
    ['the D-8 by its names, and the Cairo summit by its full title', ['بدأت القمة الحادية عشرة لمنظمة الدول الثماني النامية للتعاون الاقتصادي أعمالها.', 'رحبت مجموعة الثماني النامية بعضوية أذربيجان.'], ['القمة الحادية عشرة لمنظمة الدول الثماني النامية للتعاون الاقتصادي=d8-cairo-summit-2024', 'مجموعة الثماني النامية=d8']],
    ['ANAMA, Nagorno-Karabakh, and Karabakh with a mines cue', ['أعلنت الوكالة الوطنية الأذرية لإزالة الألغام (أناما) تطهير أراض في ناغورني قره باغ.', 'تشرف وكالة تطهير الألغام الأذربيجانية على العمل في قره باغ.'], ['الوكالة الوطنية الأذرية لإزالة الألغام=anama', 'أناما=anama', 'ناغورني قره باغ=karabakh', 'وكالة تطهير الألغام الأذربيجانية=anama', 'قره باغ=karabakh']],
    ['the D-8 summit in Cairo, as the English alias says it', ['على هامش قمة الدول الثماني النامية في القاهرة التقى الوزيران.'], ['قمة الدول الثماني النامية في القاهرة=d8-cairo-summit-2024']],
    ['al-Kashma alone, with an oil-field cue', ['باشرت الفرق تقييم حقول النفط في دير الزور. ولم تؤكد الوزارة أي دور في الكشمة.'], ['دير الزور=deir-ez-zor', 'الكشمة=al-kashma-oil-field']],
    ['the Middle Corridor with Caspian and China cues', ['يربط الممر الأوسط الصين بأوروبا عبر بحر قزوين.'], ['الممر الأوسط=middle-corridor']],
    ['TRIPP, Syunik, the Zangezur corridor and Rovshan Najaf', ['يمر طريق ترمب للسلام والازدهار الدولي عبر محافظة سيونيك في أرمينيا.', 'وتحدث روشن نجف عن ممر زنكزور.'], ['طريق ترمب للسلام والازدهار الدولي=tripp', 'سيونيك=syunik', 'روشن نجف=rovshan-najaf', 'ممر زنكزور=zangezur-corridor']],
    ['the embassy in two wordings', ['استأنفت سفارة أذربيجان في سوريا عملها، وقالت السفارة الأذربيجانية في دمشق إنها تستقبل المراجعين.'], ['سفارة أذربيجان في سوريا=az-embassy-damascus', 'السفارة الأذربيجانية في دمشق=az-embassy-damascus']],
  ]);
});

describe('Arabic spellings that are words or other things are not linked', () => {
  table([
    ['Karabakh as SOCAR’s offshore field, with no mines or Armenians on the page', ['حفرت الشركة بئرا جديدة في حقل قره باغ في بحر قزوين.'], []],
    ['Karabakh horses', ['عرضت خيول كاراباخ في معرض باكو.'], []],
    ['a middle corridor of a hospital', ['أغلق الممر الأوسط في المستشفى للصيانة.'], []],
    ['أناما without a demining word', ['أصدرت فرقة أناما أغنية جديدة.'], []],
    ['bare surnames without the full name', ['وقال بيرموف وأسدوف ورفييف كلاما مشابها.'], []],
  ]);
});

describe('Russian spellings are linked, and what is not a name is not', () => {
  table([
    ['the mine agency named without "territories", in the prepositional, then its acronym', ['Об этом сообщили в Агентстве по разминированию Азербайджанской Республики (ANAMA). По данным ANAMA, работы идут.'], ['Агентстве по разминированию Азербайджанской Республики=anama', 'ANAMA=anama', 'ANAMA=anama']],
    ['al-Bashir in three spellings, then bare', ['Мухаммед аль-Башир подписал меморандум. Аль-Башир прибыл в Баку.', 'Мохаммед аль-Башир и Мухаммад аль-Башир: одно лицо.'], ['Мухаммед аль-Башир=mohammad-al-bashir', 'Аль-Башир=mohammad-al-bashir', 'Мохаммед аль-Башир=mohammad-al-bashir', 'Мухаммад аль-Башир=mohammad-al-bashir']],
    ['Sudan’s Omar al-Bashir and the bare surname after him', ['Омар аль-Башир правил Суданом. Аль-Башир был свергнут в 2019 году.'], []],
    ['the embassy capitalised as a name; lower case it is a description and Damascus stays the place', ['Посольство Азербайджана в Сирии возобновило работу.', 'Сотрудники посольства Азербайджана в Дамаске вернулись.'], ['Посольство Азербайджана в Сирии=az-embassy-damascus', 'Дамаске=damascus']],
    ['TRIPP’s full name, ANAMA’s agency name, Artsakh in a case form', ['«Маршрут Трампа во имя международного мира и процветания» пройдет по Армении.', 'Глава Национального агентства по разминированию территорий Азербайджана посетил бывший Арцах.'], ['Маршрут Трампа во имя международного мира и процветания=tripp', 'Национального агентства по разминированию территорий Азербайджана=anama', 'Арцах=karabakh']],
    ['a D-8 summit described in lower case is the organisation', ['Премьер принял участие в саммите D-8 в Каире.'], ['D-8=d8']],
  ]);
});

describe('Azerbaijani and Turkish spellings are linked, and what is not a name is not', () => {
  table([
    ['az: TRIPP’s full name, Syunik, the short name with a cue', ['Beynəlxalq Sülh və Rifah naminə Tramp Marşrutu Sünik vilayətindən keçəcək. Tramp marşrutu Naxçıvana çıxacaq.'], ['Beynəlxalq Sülh və Rifah naminə Tramp Marşrutu=tripp', 'Sünik=syunik', 'Tramp marşrutu=tripp', 'Naxçıvana=nakhchivan']],
    ['az: Trump’s route without a cue', ['Tramp marşrutu dəyişdi: prezident Floridaya uçdu.'], []],
    ['az: the D-8 and the Trans-Caspian route by full name, the embassy', ['Azərbaycan D-8 İqtisadi Əməkdaşlıq Təşkilatının üzvü oldu.', 'Transxəzər Beynəlxalq Nəqliyyat Marşrutu ilə yük artıb.', 'Azərbaycanın Dəməşqdəki səfirliyi açılıb.'], ['D-8 İqtisadi Əməkdaşlıq Təşkilatının=d8', 'Transxəzər Beynəlxalq Nəqliyyat Marşrutu=middle-corridor', 'Azərbaycanın Dəməşqdəki səfirliyi=az-embassy-damascus']],
    ['tr: Turkish e for Azerbaijani ə folds to the Azerbaijani names', ["Samir Şerifov Suriye'ye gitti; Şerifov'un ziyareti iki gün sürdü.", 'SOCAR Başkanı Rövşen Necef gazı anlattı.'], ['Samir Şerifov=samir-sharifov', "Şerifov'un=samir-sharifov", 'Rövşen Necef=rovshan-najaf']],
    ['tr: Şam with a case suffix, cued by Esad (the other Turkish spelling of Esed)', ["Muhalifler 8 Aralık'ta Şam'a girdi, Beşar Esad Rusya'ya kaçtı."], ["Şam'a=damascus", 'Beşar Esad=bashar-al-assad']],
    ['tr: şam as a word, without a cue', ['Tatlı olarak şam tatlısı ikram edildi.'], []],
    ['az: Xankəndi, and BTQ spelled out', ['Xankəndi şəhərinə köçürülmə davam edir.', 'Bakı-Tbilisi-Qars (BTQ) dəmir yolu ilə yük daşınması artıb. BTQ xətti Orta Dəhlizin hissəsidir.'], ['Xankəndi=karabakh', 'Bakı-Tbilisi-Qars=btk-railway', 'BTQ=btk-railway', 'BTQ=btk-railway', 'Orta Dəhlizin=middle-corridor']],
    ['tr: a dateline in capitals, and HTS call records beside the group HTŞ', ["ŞAM - Suriye'de yeni hükümet kuruldu. HTŞ'nin lağvedilmesi sürüyor; davada sanıkların HTS kayıtları dosyaya eklendi."], ['ŞAM=damascus', "HTŞ'nin=hts"]],
    ['tr: the İskenderun iron and steel works, beside the port', ["İskenderun Limanı'nda yoğunluk var. İskenderun Demir ve Çelik fabrikası üretimini artırdı."], ['İskenderun=iskenderun']],
    ['tr: Şam cued by İdlib and el-Culani', ["Ebu Muhammed el-Culani, Şam'a girişin ardından İdlib'den konuştu."], ["Ebu Muhammed el-Culani=ahmed-al-sharaa", "Şam'a=damascus"]],
    ['tr: the mine agency by its Turkish name, then ANAMA', ['Azerbaycan Mayın Temizleme Ajansı (ANAMA) açıklama yaptı. ANAMA ekipleri çalışıyor.'], ['Azerbaycan Mayın Temizleme Ajansı=anama', 'ANAMA=anama', 'ANAMA=anama']],
    ['az: Əhməd əl-Şəra, then bare', ['Əhməd əl-Şəra Bakıya gəlib. Əl-Şəra Prezidentlə görüşüb.'], ['Əhməd əl-Şəra=ahmed-al-sharaa', 'Əl-Şəra=ahmed-al-sharaa']],
    ['tr: another Şerifov after ours', ['Samir Şerifov konuştu. Elçin Şerifov da katıldı; Şerifov erken ayrıldı.'], ['Samir Şerifov=samir-sharifov']],
  ]);
});

describe('German spellings are linked, and what is not a name is not', () => {
  table([
    ['the railway with Tiflis (as the Turkish Bakü-Tiflis-Kars), the OTS, TRIPP, the embassy', ['Die Strecke Baku-Tiflis-Kars wurde 2017 eröffnet.', 'Der Gipfel der Organisation Türkischer Staaten fand in Gabala statt.', 'Die Trump-Route für internationalen Frieden und Wohlstand führt durch Armenien.', 'Die Botschaft Aserbaidschans in Damaskus ist wieder offen.'], ['Baku-Tiflis-Kars=btk-railway', 'Organisation Türkischer Staaten=ots', 'Trump-Route für internationalen Frieden und Wohlstand=tripp', 'Botschaft Aserbaidschans in Damaskus=az-embassy-damascus']],
    ['the Cairo summit described as the English alias describes it', ['Beim D-8-Gipfel in Kairo wurde Aserbaidschan aufgenommen.'], ['D-8-Gipfel in Kairo=d8-cairo-summit-2024']],
    ['Chankendi, Deir es-Sor, Kaschma near its oil fields, and the bare Scharaa after his full name', ['In Bergkarabach sollen Familien nach Chankendi zurückkehren.', 'In der Provinz Deir es-Sor liegen die Ölfelder von Kaschma.', 'Ahmed al-Scharaa reiste nach Baku. Scharaas Besuch dauerte zwei Tage.'], ['Bergkarabach=karabakh', 'Chankendi=karabakh', 'Deir es-Sor=deir-ez-zor', 'Kaschma=al-kashma-oil-field', 'Ahmed al-Scharaa=ahmed-al-sharaa', 'Scharaas=ahmed-al-sharaa']],
    ['the Swiss spelling of al-Assad', ['Die frühere Regierung unter Bashar al-Asad habe anders gehandelt.'], ['Bashar al-Asad=bashar-al-assad']],
    ['the Middle Corridor after the definite article', ['Der Mittlere Korridor gewinnt an Gewicht.'], ['Mittlere Korridor=middle-corridor']],
    ['Rowschan Nadschaf in full; the Iraqi city Nadschaf after him is not the person', ['SOCAR-Chef Rowschan Nadschaf sprach in Baku. Danach reiste er nach Nadschaf.'], ['Rowschan Nadschaf=rovshan-najaf']],
    ['a Trump route elsewhere', ['Die Trump-Route durch Schottland führte zu seinem Golfplatz.'], []],
  ]);
});
