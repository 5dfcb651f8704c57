/**
 * The `npm run spot` contract: `--jsonl` maps each `{"id","text"}` line to one `{"id","mentions"}` line with
 * UTF-16 offsets into the given text (bad lines get an `error` and do not stop the rest), and HTML files are read
 * in blocks the way the content script reads a page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../core/mentions';
import { parsePackText } from '../../data/pack-schema';
import { htmlToBlocks, spotLine } from '../../scripts/spot';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const parsed = parsePackText(readFileSync(`${ROOT}data/pack/backstory.pack.json`, 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const m = compileMatcher(parsed.pack.entities);

const out = (input: string, lineNo = 1): unknown => JSON.parse(spotLine(m, input, lineNo).line);

describe('spot --jsonl', () => {
  it('writes the id and every mention with UTF-16 offsets that slice the given text', () => {
    const text = '😀 Hakan Fidan spoke.\r\nLater Fidan left.';
    const result = out(JSON.stringify({ id: 'a1', text })) as { id: string; mentions: { start: number; end: number; surface: string; entity: string }[] };
    expect(result).toEqual({
      id: 'a1',
      mentions: [
        { start: 3, end: 14, surface: 'Hakan Fidan', entity: 'hakan-fidan' },
        { start: 29, end: 34, surface: 'Fidan', entity: 'hakan-fidan' },
      ],
    });
    for (const x of result.mentions) expect(text.slice(x.start, x.end)).toBe(x.surface);
  });

  it.each([
    ['a line that is not JSON', 'not json', { id: null, mentions: [], error: expect.stringMatching(/^line 7: not JSON/) }],
    ['an object without text', '{"id":"b"}', { id: 'b', mentions: [], error: 'line 7: expected an object with a string "text"' }],
    ['a JSON value that is not an object', '[1,2]', { id: null, mentions: [], error: 'line 7: expected an object with a string "text"' }],
    ['a numeric id, echoed as given', '{"id":3,"text":"nothing here"}', { id: 3, mentions: [] }],
  ])('answers %s with one line', (_name, input, expected) => {
    expect(out(input, 7)).toEqual(expected);
  });

  it('runs as a command: one output line per input line on stdout, errors on stderr, exit code 1 after bad input', () => {
    const input = ['{"id":"x","text":"Ilham Aliyev"}', 'oops', '', '{"id":"y","text":"Hakan Fidan"}'].join('\n');
    let stdout = '';
    let status = 0;
    try {
      stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/spot.ts', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { stdout: string; status: number };
      stdout = e.stdout;
      status = e.status;
    }
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; mentions: { entity: string }[]; error?: string });
    expect(lines.map((l) => [l.id, l.mentions.map((x) => x.entity), l.error !== undefined])).toEqual([
      ['x', ['ilham-aliyev'], false],
      [null, [], true],
      ['y', ['hakan-fidan'], false],
    ]);
    expect(status).toBe(1);
  }, 30_000);
});

describe('spot FILE.html blocks', () => {
  it.each([
    ['inline tags join', '<p>On <em>Ahmed</em> al-<b>Sharaa</b></p>', ['On Ahmed al-Sharaa']],
    ['a <br> and source line breaks join', '<p>Ilham\n   Aliyev and Hakan<br>Fidan</p>', ['Ilham Aliyev and Hakan Fidan']],
    ['block elements separate', '<h1>One</h1><p>Two</p><ul><li>Three</li></ul>', ['One', 'Two', 'Three']],
    ['code, fields, scripts and the head are not read', '<head><title>T</title></head><p>a</p><pre><code>x</code></pre><textarea>y</textarea><script>z()</script><p>b</p>', ['a', 'b']],
    ['editable and hidden regions are not read', '<p>a</p><div contenteditable="true">x</div><div hidden>y</div><span aria-hidden="true">z</span><div contenteditable="false">b</div>', ['a', 'b']],
    ['entities are decoded', '<p>Baku&ndash;Tbilisi&#8211;Kars &amp; more&nbsp;</p>', ['Baku–Tbilisi–Kars & more']],
  ])('%s', (_name, html, blocks) => {
    expect(htmlToBlocks(html)).toEqual(blocks);
  });
});
