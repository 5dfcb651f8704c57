/**
 * Generated pages for `npm run bench:page`, each carrying the same in-page instrumentation: long tasks
 * (PerformanceObserver `longtask`), the mention highlight's size over time, and the two baselines run
 * when the URL asks for them (`?mode=floor`: a bare TreeWalker reading every text node; `?mode=markjs`:
 * mark.js-style wrapping of every match in a <mark>, the DOM-changing approach Backstory avoids).
 */

const NAMES = ['Ahmed al-Sharaa', 'Ilham Aliyev', 'SOCAR', 'Hakan Fidan', 'Zangezur Corridor', 'Organization of Turkic States', 'Recep Tayyip Erdoğan'];
const FILLER = 'the talks in the region moved on slowly while officials from several capitals weighed energy trade ports and rail links across the Caspian and beyond'.split(' ');

/** Deterministic text: `words` words, a known name every ~`every` words. */
export function prose(words: number, seed: number, every = 60): string {
  const out: string[] = [];
  let s = seed;
  for (let i = 0; i < words; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    if (i % every === every - 1) out.push(NAMES[s % NAMES.length] as string);
    else out.push(FILLER[s % FILLER.length] as string);
  }
  return out.join(' ');
}

function instrumentation(pattern: string, feed: 'none' | 'scroll'): string {
  return `<script>
window.__bench = { longtasks: [], hl: [], rounds: [], appends: [] };
new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
const MODE = new URLSearchParams(location.search).get('mode') || 'ext';
const RE = new RegExp(${JSON.stringify(pattern)}, 'giu');
function textNodes(root) {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => n.parentElement && /^(SCRIPT|STYLE|TEXTAREA)$/.test(n.parentElement.tagName) ? 2 : 1 });
  const out = []; for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n); return out;
}
function floor(root) {
  const t0 = performance.now();
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) { nodes++; chars += n.data.length; }
  return { ms: performance.now() - t0, nodes, chars };
}
function markjs(root) {
  const t0 = performance.now(); let marks = 0;
  for (const node of textNodes(root)) {
    RE.lastIndex = 0; const hits = []; let m;
    while ((m = RE.exec(node.data))) hits.push([m.index, m.index + m[0].length]);
    for (let i = hits.length - 1; i >= 0; i--) {
      const [a, b] = hits[i]; node.splitText(b); const mid = node.splitText(a);
      const mark = document.createElement('mark'); mid.replaceWith(mark); mark.append(mid); marks++;
    }
  }
  return { ms: performance.now() - t0, marks };
}
let lastSize = -1;
setInterval(() => { const s = CSS.highlights.get('backstory-mention')?.size ?? 0; if (s !== lastSize) { __bench.hl.push([performance.now(), s]); lastSize = s; } }, 5);
addEventListener('load', () => setTimeout(() => {
  if (MODE === 'floor') __bench.baseline = floor(document.body);
  if (MODE === 'markjs') __bench.baseline = markjs(document.body);
  if (${JSON.stringify(feed)} === 'scroll') startFeed();
  else __bench.done = true;
}, 300));
function story(r, i) {
  const div = document.createElement('div'); const h = document.createElement('h3'); h.textContent = 'Update ' + r + '.' + i;
  const p = document.createElement('p'); const b = document.createElement('b'); b.textContent = 'Ilham';
  const span = document.createElement('span'); span.textContent = ' (Baku)';
  p.append('Filed today: ', b, ' Aliyev spoke to reporters', span); div.append(h, p); return div;
}
function startFeed() {
  let r = 0;
  const timer = setInterval(() => {
    const frag = document.createElement('section');
    for (let i = 0; i < 20; i++) frag.append(story(r, i)); // 20 stories x 10 nodes = 200 nodes
    const t0 = performance.now();
    const base = MODE === 'floor' ? floor(frag) : MODE === 'markjs' ? markjs(frag) : null;
    document.getElementById('feed').append(frag);
    __bench.appends.push(performance.now());
    if (base) __bench.rounds.push(performance.now() - t0);
    if (++r >= 50) { clearInterval(timer); __bench.done = true; }
  }, 100);
}
</script>`;
}

function page(title: string, body: string, pattern: string, feed: 'none' | 'scroll'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2025-05-20T09:00:00Z">${instrumentation(pattern, feed)}</head>
<body><main><article><h1>${title}</h1>${body}</article><div id="feed"></div></main></body></html>`;
}

/** The three pages of the benchmark, by file name. */
export function benchPages(pattern: string): Record<string, string> {
  const article = Array.from({ length: 50 }, (_, i) => `<p>${prose(100, i + 1)}</p>`).join('\n');
  // 1 MB of text in 20,000 text nodes: 5,000 paragraphs of four text nodes (two of them inside inline elements).
  const big = Array.from({ length: 5000 }, (_, i) => {
    const words = prose(36, i + 7, 30).split(' ');
    const q = words.length / 4;
    const part = (k: number) => words.slice(k * q, (k + 1) * q).join(' ');
    return `<p>${part(0)} <b>${part(1)}</b> ${part(2)} <a href="#p${i}">${part(3)}</a></p>`;
  }).join('\n');
  return {
    'article.html': page('A 5,000-word article', article, pattern, 'none'),
    'big.html': page('One megabyte of text in 20,000 nodes', big, pattern, 'none'),
    'scroll.html': page('An infinite-scroll page', article, pattern, 'scroll'),
  };
}
