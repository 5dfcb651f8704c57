/**
 * The shipped pack's finder on the repository's own evaluation passages, scored by the eval script's rules: no
 * false link and no miss per passage, so a change that loses one names the passage and the span.
 * - `eval/extra-cases.json`: written for the project in news style, with distractors, by a first author.
 * - `eval/fresh-cases.json`: written by a second author without reading the first set, as a held-out check of the
 *   first round's fixes. Its misses that are still open are listed here, each with the reason it stays open.
 * - `eval/third-cases.json`: written by a third author without reading either set, heavy on distractors.
 * - `eval/fourth-cases.json`: written by a fourth author without reading the other three, scored before any fix
 *   (P 0.984 R 0.945); its misses that are still open are listed here too.
 * - `eval/fifth-cases.json`: written by a fifth author without reading the other four, three quarters outside English,
 *   scored before any fix (P 0.983 R 0.927); its misses that are still open are listed here too.
 * - `eval/sixth-cases.json`: written by a sixth author without reading the other five, in datelines, headlines,
 *   captions, key-fact lists and mixed scripts, scored before any fix (P 0.974 R 0.958).
 * - `eval/seventh-cases.json`: written by a seventh author without reading the other six, weighted to events,
 *   projects and missions, scored before any fix (P 0.871 R 0.785); its open misses and false links are listed.
 * - `eval/eighth-cases.json`: written by an eighth author without reading the pack, the finder or the other sets
 *   but the seventh's format, weighted away from English and to distractors, scored before any fix (P 0.941
 *   R 0.917); its open misses and false links are listed.
 * - `eval/ninth-cases.json`: written by a ninth author the same way, covering all 36 entities in many outlets'
 *   styles, scored before any fix (P 0.942 R 0.904); its open misses and false links are listed.
 * - `eval/tenth-cases.json`: written by a tenth author the same way, weighted to bare surnames, genitives,
 *   capitals, quotes, families and places inside other names, scored before any fix (P 0.944 R 0.924).
 * - `eval/eleventh-cases.json`: an eleventh author the same way, in briefs, tickers, captions, lists and other
 *   countries' spellings, scored before any fix (P 0.933 R 0.907 after the author's own two label fixes).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCases, scoreCases, totals } from '../../scripts/eval';
import { shippedMatcher as matcher } from '../fixtures/shipped-pack';
const show = (s: { surface: string; start: number; entity: string | null }): string => `${s.surface}@${s.start}=${s.entity ?? 'null'}`;

/** Misses left open on purpose (fresh, fourth, fifth and seventh to eleventh cases): a wrong link would cost more than these cost. */
const OPEN_MISSES: Record<string, string[]> = {
  // The bare surname after a namesake's full name goes to the namesake; only the appositive ("the minister") says otherwise.
  'en-jabbarov-namesake-trader': ['Jabbarov@207=mikayil-jabbarov'],
  // An acronym needs two cue words or its full name; a page about a summit names SOCAR once, without either.
  'az-late-tdt-hyphen': ['SOCAR-a@162=socar'],
  // A bare Assad on a page with no Syria cue word and no full name ("the fall of the Assad government" at a Cairo summit).
  'd8-cairo-summit-en': ['Assad@111=bashar-al-assad'],
  // The bare surname after a relative's full name (Maher al-Assad) goes to the relative; "himself" is the only hint.
  'assad-family-namesakes-en': ['Assad@186=bashar-al-assad'],
  // The bare surname after a relative's full name (Heydər Əliyevin) goes to the relative, as above.
  'aliyev-heydar-nakhchivan-az': ['Əliyevin@120=ilham-aliyev'],
  // An acronym needs two cue words or its full name: the page names only SOCAR's president, a single cue.
  'sharifov-najaf-middle-corridor-az': ['SOCAR-ın@32=socar'],
  // D-8 with no summit or cooperation word on the page ("D-8 ölkələrinin": the D-8 countries); one cue is too few.
  'najaf-city-asadov-d8-az': ['D-8@72=d8'],
  // Descriptive phrases inflected in the middle (Russian instrumental, Azerbaijani genitive): not names, not aliases.
  'aid-convoy-ru': ['гуманитарной помощью Азербайджана Сирии@31=az-humanitarian-aid-syria-2025'],
  'aid-convoy-az': ['Azərbaycanın Suriyaya humanitar yardımı@39=az-humanitarian-aid-syria-2025'],
  // TRIPP and its full name are shared with the Zangezur corridor (the development set links them there); with
  // both entities named and cued, the first wins. Splitting them needs the entity's own name in the tie-break.
  'tripp-en': [
    'Trump Route for International Peace and Prosperity@4=tripp',
    'TRIPP@59=tripp',
    'TRIPP@291=tripp',
  ],
  'tripp-az': ['TRIPP@125=tripp'],
  // A bare Assad with no Syria cue word on a summit page, as in the fourth set.
  'd8-summit-en': ['Assad@103=bashar-al-assad'],
  // An acronym with one cue word (inside a German compound, "Minenräumbehörde") and no full name.
  'corridor-de': ['ANAMA@288=anama'],
  // Eighth cases. TRIPP as in the seventh.
  'tripp-syunik-zangezur-ru': ['TRIPP@130=tripp'],
  'tripp-syunik-mountains-en': ['TRIPP@107=tripp'],
  // This set puts the common noun inside the railway's name ("dəmir yolu"); the fifth and the development set
  // leave it outside, as the finder does.
  'zangezur-horadiz-az': ['Bakı–Tbilisi–Qars dəmir yolu@215=btk-railway'],
  // "D-8 Zirvesi" alone could be any D-8 summit: no alias; the D-8 inside it links.
  'd8-cairo-esedov-tr': ["D-8 Zirvesi'nde@39=d8-cairo-summit-2024"],
  // A German genitive inside a name of several words ("des Diplomatieforums in Antalya").
  'sharaa-baku-socar-de': ['Diplomatieforums in Antalya@335=antalya-diplomacy-forum-2025'],
  // Ninth cases. Descriptions that name a project, an event, a mission or a region, not names or aliases: the
  // Kilis–Aleppo pipeline, the Cairo summit as "the 11th D-8 summit in Cairo" (the seventh set links only the D-8
  // in the same Russian words), the aid convoy, the embassy without a capitalised name, "the liberated territories"
  // in Azerbaijani.
  'gas-kilis-agency-ar': ['خط كليس-حلب@358=az-gas-to-syria'],
  'd8-cairo-interfax-ru': ['11-м саммите D-8 в Каире@123=d8-cairo-summit-2024'],
  'asadov-d8-cairo-az': ['D-8-in 11-ci Zirvə Toplantısında@40=d8-cairo-summit-2024'],
  'ninth/sharifov-damascus-apa-az': ['Azərbaycanın Suriyaya göndərdiyi humanitar yardım@267=az-humanitarian-aid-syria-2025'],
  'anama-karabakh-report-az': ['azad edilmiş ərazilərdə@149=karabakh'],
  'embassy-reopens-de': ['Botschaft in Damaskus@24=az-embassy-damascus'],
  // TRIPP as in the seventh.
  'tripp-syunik-nakhchivan-ru': ['TRIPP@237=tripp'],
  'tripp-kapan-feature-en': ['Trump Route for International Peace and Prosperity@119=tripp'],
  // German writes some acronyms as words ("Anama"); an alias "Anama" would link Azerbaijani "anama" (to my mother).
  'demining-karabakh-spiegel-de': ['Anama@74=anama'],
  // Tenth cases. A bare given name ("بشار"); Arabic الأسد and Turkish Şara alone, with no full name on the page
  // (bare surnames that are also words link only after the full name).
  'assad-family-moscow-ar': ['بشار@180=bashar-al-assad'],
  'mekdad-shaibani-ar': ['الأسد@110=bashar-al-assad'],
  'gas-kilis-dha-tr': ['Kilis-Halep hattı@343=az-gas-to-syria', 'Şara@434=ahmed-al-sharaa'],
  // Descriptions, and the summit as elsewhere.
  'rafiyev-damascus-trend-ru': ['гуманитарного конвоя из Баку@279=az-humanitarian-aid-syria-2025'],
  'd8-cairo-tass-ru': ['11-го саммита D-8 в Каире@36=d8-cairo-summit-2024'],
  'd8-asadov-roundup-az': ['D-8 təşkilatının XI Zirvə toplantısında@98=d8-cairo-summit-2024'],
  'nakhchivan-rail-ru': ['TRIPP@266=tripp'],
  'tripp-syunik-analysis-en': ['Trump Route for International Peace and Prosperity@40=tripp'],
  // Eleventh cases. This set puts "Limanı" (port) inside the city's name, and the Cairo summit's descriptions,
  // the aid and the gas exports in Azerbaijani, the Kilis–Aleppo line, TRIPP and the Kashma field's Russian name
  // (the pack's alias keeps "месторождение") differ from the pack's conventions as elsewhere.
  'mersin-fidan-sapling-tr': ["Mersin Limanı'ndan@145=mersin"],
  'iskenderun-mersin-halep-rail-tr': ["İskenderun Limanı'nın@154=iskenderun"],
  'kahire-d8-bayramov-tr': ["Kahire'deki D-8 Zirvesi@30=d8-cairo-summit-2024"],
  'report-sharifov-damascus-az': ['Azərbaycanın Suriyaya göndərdiyi humanitar yardıma@172=az-humanitarian-aid-syria-2025'],
  'ardns-najaf-jabbarov-az': ['Azərbaycan qazının Suriyaya ixracının@211=az-gas-to-syria'],
  'asadov-d8-poet-ru': ['саммите D-8 в Каире@70=d8-cairo-summit-2024'],
  'kommersant-tripp-nakhichevan-ru': ['TRIPP@168=tripp'],
  'interfax-kashma-deirezzor-ru': ['Южная Кашма@14=al-kashma-oil-field'],
  'gas-aleppo-proclitics-ar': ['خط كلس - حلب@39=az-gas-to-syria'],
  'faz-sangesur-tripp-de': ['Trump Route for International Peace and Prosperity@180=tripp', 'TRIPP@238=tripp'],
};

/** False links left open (seventh to eleventh cases): TRIPP as above, and the other halves of the misses above. */
const OPEN_FALSE_LINKS: Record<string, string[]> = {
  'tripp-en': [
    'Trump Route for International Peace and Prosperity@4=zangezur-corridor',
    'TRIPP@59=zangezur-corridor',
    'TRIPP@291=zangezur-corridor',
  ],
  'tripp-az': ['TRIPP@125=zangezur-corridor'],
  'tripp-syunik-zangezur-ru': ['TRIPP@130=zangezur-corridor'],
  'tripp-syunik-mountains-en': ['TRIPP@107=zangezur-corridor'],
  'zangezur-horadiz-az': ['Bakı–Tbilisi–Qars@215=btk-railway'],
  'd8-cairo-esedov-tr': ['D-8@39=d8'],
  'gas-kilis-agency-ar': ['حلب@366=aleppo'],
  'd8-cairo-interfax-ru': ['D-8@136=d8'],
  'asadov-d8-cairo-az': ['D-8-in@40=d8'],
  'embassy-reopens-de': ['Damaskus@37=damascus'],
  'tripp-syunik-nakhchivan-ru': ['TRIPP@237=zangezur-corridor'],
  'tripp-kapan-feature-en': ['Trump Route for International Peace and Prosperity@119=zangezur-corridor'],
  // The Iraqi city with its Arabic article ("Эн-Наджафе") read as Rovshan Najaf's bare surname after his full name.
  'socar-najaf-trend-ru': ['Наджафе@377=rovshan-najaf'],
  'gas-kilis-dha-tr': ['Halep@349=aleppo'],
  'd8-cairo-tass-ru': ['D-8@50=d8'],
  'd8-asadov-roundup-az': ['D-8@98=d8'],
  'nakhchivan-rail-ru': ['TRIPP@266=zangezur-corridor'],
  'tripp-syunik-analysis-en': ['Trump Route for International Peace and Prosperity@40=zangezur-corridor'],
  // This set takes the cities in a railway's name ("Mersin-Halep demiryolu") for the railway's; the others link them.
  'mersin-aleppo-trucks-tr': ['Mersin@277=mersin', 'Halep@284=aleppo'],
  // Eleventh cases: the other halves of the misses above, and two pages of briefs where an item about something
  // else uses the letters of an acronym the page's other items cue: the Korean car-sharing Socar, the Australian
  // Defence Force's ADF.
  'mersin-fidan-sapling-tr': ['Mersin@145=mersin'],
  'iskenderun-mersin-halep-rail-tr': ['İskenderun@154=iskenderun'],
  'kahire-d8-bayramov-tr': ['D-8@42=d8'],
  'asadov-d8-poet-ru': ['D-8@78=d8'],
  'kommersant-tripp-nakhichevan-ru': ['TRIPP@168=zangezur-corridor'],
  'interfax-kashma-deirezzor-ru': ['Месторождение Южная Кашма@0=al-kashma-oil-field'],
  'gas-aleppo-proclitics-ar': ['حلب@48=aleppo'],
  'faz-sangesur-tripp-de': ['Trump Route for International Peace and Prosperity@180=zangezur-corridor', 'TRIPP@238=zangezur-corridor'],
  'ticker-gas-socar-en': ['Socar@278=socar'],
  'liveblog-adf-en': ['ADF@303=antalya-diplomacy-forum-2025'],
};

/** A passage's open list: keyed "set/id" where two sets share a passage id, else by the id. */
function openOf(lists: Record<string, string[]>, file: string, id: string): string[] {
  return lists[`${file.replace('-cases.json', '')}/${id}`] ?? lists[id] ?? [];
}

describe.each([
  { file: 'extra-cases.json', minCases: 40, minRight: 200 },
  { file: 'fresh-cases.json', minCases: 80, minRight: 280 },
  { file: 'third-cases.json', minCases: 60, minRight: 150 },
  { file: 'fourth-cases.json', minCases: 40, minRight: 120 },
  { file: 'fifth-cases.json', minCases: 36, minRight: 115 },
  { file: 'sixth-cases.json', minCases: 35, minRight: 115 },
  { file: 'seventh-cases.json', minCases: 39, minRight: 145 },
  { file: 'eighth-cases.json', minCases: 41, minRight: 145 },
  { file: 'ninth-cases.json', minCases: 42, minRight: 180 },
  { file: 'tenth-cases.json', minCases: 41, minRight: 210 },
  { file: 'eleventh-cases.json', minCases: 40, minRight: 200 },
])('the evaluation cases in $file', ({ file, minCases, minRight }) => {
  const cases = readCases(fileURLToPath(new URL(`../../eval/${file}`, import.meta.url)));
  const scores = scoreCases(matcher, cases);

  it('cover every language of the development set with enough passages', () => {
    const langs = new Set(cases.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['ar', 'az', 'de', 'en', 'ru', 'tr']);
    expect(cases.length).toBeGreaterThanOrEqual(minCases);
  });

  it.each(scores.map((s) => [s.id, s] as const))('%s: no false link, no miss beyond the open ones', (id, s) => {
    expect({ falseLinks: s.fp.map(show), misses: s.fn.map(show) }).toEqual({ falseLinks: openOf(OPEN_FALSE_LINKS, file, id), misses: openOf(OPEN_MISSES, file, id) });
  });

  it('score precision and recall 1 but for the open false links and misses', () => {
    const t = totals(scores);
    const open = (lists: Record<string, string[]>): number => scores.reduce((n, s) => n + openOf(lists, file, s.id).length, 0);
    expect({ fp: t.fp, fn: t.fn }).toEqual({ fp: open(OPEN_FALSE_LINKS), fn: open(OPEN_MISSES) });
    expect(t.tp).toBeGreaterThan(minRight);
  });
});
