import { describe, expect, it } from 'vitest';
import { parseSnippetsJson, snippetsToJson } from '../../core/snippets/exchange';
import { escapeMarkdown, snippetsToMarkdown } from '../../core/snippets/markdown';
import { snippetId } from '../../core/snippets/snippet-id';
import { sourceLink, snippetIdFromHash } from '../../core/snippets/source-link';
import type { Snippet } from '../../data/snippet-types';

function snippet(exact: string, over: Partial<Snippet> = {}): Snippet {
  const url = over.url ?? 'https://news.example.com/a';
  return {
    id: snippetId(url, exact),
    url,
    title: 'Baku looks south',
    site: 'news.example.com',
    articleDate: '2025-05-20',
    savedAt: Date.UTC(2025, 5, 1),
    updatedAt: Date.UTC(2025, 5, 2),
    note: '',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
    entityIds: ['socar'],
    ...over,
  };
}

const NAMES = new Map([
  ['socar', 'SOCAR'],
  ['ots', 'Organization of Turkic States'],
]);
const NOW = new Date(Date.UTC(2025, 6, 1));

describe('JSON export and import', () => {
  it('round-trips every record identically', () => {
    const records = [
      snippet('SOCAR sells gas.', { note: 'ask about Kilis\nline two', anchor: { status: 'orphan', checkedAt: 5 } }),
      snippet('The OTS meets in Budapest.', { entityIds: ['ots', 'socar'], articleDate: null, url: 'https://b.test/x?id=1' }),
      snippet('No names here, “quoted” — ünïcode İı.', { entityIds: [] }),
    ];
    const parsed = parseSnippetsJson(snippetsToJson(records, NOW));
    expect(parsed).toEqual({ ok: true, snippets: records });
  });

  it.each([
    ['not JSON', '{"format":', /^\(file\): not valid JSON/],
    ['another format', JSON.stringify({ format: 'backstory-pack', formatVersion: 1, snippets: [] }), /^format: must be "backstory-snippets"/],
    ['a newer version', JSON.stringify({ format: 'backstory-snippets', formatVersion: 2, snippets: [] }), /^formatVersion: must be 1/],
    ['no snippet list', JSON.stringify({ format: 'backstory-snippets', formatVersion: 1 }), /^snippets: missing/],
  ])('rejects %s and says why', (_name, text, message) => {
    const parsed = parseSnippetsJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(message);
  });

  it('names the path of every bad field', () => {
    const bad = [snippet('fine'), { ...snippet('bad'), url: 'javascript:alert(1)', position: { type: 'TextPositionSelector', start: 9, end: 2 } }, { ...snippet('x'), id: 'nope' }];
    const parsed = parseSnippetsJson(JSON.stringify({ format: 'backstory-snippets', formatVersion: 1, snippets: bad }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual(
      expect.arrayContaining(['snippets[1].url: not an http(s) URL', 'snippets[1].position: start is after end', 'snippets[2].id: not a snippet id (snp- and 14 hex digits)']),
    );
  });

  it('rejects a file with a duplicate id', () => {
    const one = snippet('twice');
    const parsed = parseSnippetsJson(snippetsToJson([one, one], NOW));
    expect(parsed).toEqual({ ok: false, errors: [`snippets[1].id: duplicate id "${one.id}" (first at snippets[0])`] });
  });
});

describe('Markdown export', () => {
  const records = [
    snippet('SOCAR sells gas in *Türkiye*.', { note: 'follow up' }),
    snippet('The OTS meets in Budapest.', { entityIds: ['ots', 'socar'], url: 'https://b.test/x', title: 'Summit [live]', savedAt: Date.UTC(2025, 5, 3) }),
    snippet('Nothing named.', { entityIds: [], url: 'https://c.test/y', title: 'Weather' }),
  ];

  it('groups by entity, repeating a snippet under each of its names, with link, dates and note', () => {
    const md = snippetsToMarkdown(records, NAMES, 'entity', NOW);
    expect(md).toContain('## Organization of Turkic States');
    expect(md.indexOf('## Organization of Turkic States')).toBeLessThan(md.indexOf('## SOCAR'));
    expect(md.match(/> The OTS meets in Budapest\./g)).toHaveLength(2);
    expect(md).toContain('> SOCAR sells gas in \\*Türkiye\\*.');
    expect(md).toContain('— [Baku looks south](https://news.example.com/a) · news.example.com · article 2025-05-20 · saved 2025-06-01');
    expect(md).toContain('Note: follow up');
    expect(md).toContain('## Other snippets');
  });

  it('groups by page under a linked heading, newest page first', () => {
    const md = snippetsToMarkdown(records, NAMES, 'page', NOW);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Summit \\[live\\]](https://b.test/x)');
    expect(headings).toHaveLength(3);
    expect(md).toContain('About: Organization of Turkic States, SOCAR');
  });

  it('escapes page text so it cannot become Markdown structure', () => {
    expect(escapeMarkdown('# Title [x](javascript:y) <b>')).toBe('\\# Title \\[x\\]\\(javascript:y\\) \\<b\\>');
  });
});

describe('source links', () => {
  it('open the page at the quote with a text fragment behind our own snippet hash', () => {
    const s = snippet('Baku is looking south, and Ankara intends to be the road.');
    const link = sourceLink(s);
    expect(link).toBe(`https://news.example.com/a#backstory-snippet=${s.id}:~:text=Baku%20is%20looking%20south%2C%20and,intends%20to%20be%20the%20road.`);
    expect(snippetIdFromHash(`#backstory-snippet=${s.id}`)).toBe(s.id);
  });
  it('are refused for non-http(s) URLs', () => {
    expect(sourceLink({ ...snippet('x'), url: 'javascript:alert(1)' })).toBeNull();
  });
});
