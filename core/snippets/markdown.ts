/**
 * Markdown export: snippets grouped by entity (a snippet about two names appears under both; snippets
 * about none under "Other snippets") or by page. Each entry has the quote, a link, the dates and the note.
 * Page text is escaped so it cannot turn into Markdown structure; links are only http(s).
 */
import type { Snippet } from '../../data/snippet-types';

export type MarkdownGrouping = 'entity' | 'page';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/^(\s*)([-=]|\d+\.)/gm, '$1\\$2');
}

function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

function link(title: string, url: string): string {
  const href = safeUrl(url);
  const label = escapeMarkdown(title.trim() || url);
  return href ? `[${label}](${href})` : label;
}

function entry(s: Snippet, showPage: boolean, names: ReadonlyMap<string, string>): string {
  const quote = escapeMarkdown(s.quote.exact.replace(/\s+/g, ' ').trim());
  const meta = [showPage ? link(s.title, s.url) : null, s.site ? escapeMarkdown(s.site) : null, s.articleDate ? `article ${s.articleDate}` : null, `saved ${day(s.savedAt)}`];
  const lines = [`> ${quote}`, '', `— ${meta.filter(Boolean).join(' · ')}`];
  const about = s.entityIds.map((id) => names.get(id) ?? id);
  if (about.length) lines.push(`About: ${escapeMarkdown(about.join(', '))}`);
  if (s.note.trim()) lines.push(`Note: ${escapeMarkdown(s.note.trim()).replace(/\n+/g, ' ')}`);
  return lines.join('\n');
}

const newestFirst = (a: Snippet, b: Snippet) => b.savedAt - a.savedAt;

function byEntity(snippets: readonly Snippet[], names: ReadonlyMap<string, string>): [string, Snippet[]][] {
  const groups = new Map<string, Snippet[]>();
  const other: Snippet[] = [];
  for (const s of snippets) {
    if (!s.entityIds.length) other.push(s);
    for (const id of s.entityIds) groups.set(id, [...(groups.get(id) ?? []), s]);
  }
  const named = [...groups].map(([id, list]): [string, Snippet[]] => [escapeMarkdown(names.get(id) ?? id), list]);
  named.sort((a, b) => a[0].localeCompare(b[0]));
  return other.length ? [...named, ['Other snippets', other]] : named;
}

function byPage(snippets: readonly Snippet[]): [string, Snippet[]][] {
  const groups = new Map<string, Snippet[]>();
  for (const s of snippets) groups.set(s.url, [...(groups.get(s.url) ?? []), s]);
  return [...groups.values()]
    .sort((a, b) => Math.max(...b.map((s) => s.savedAt)) - Math.max(...a.map((s) => s.savedAt)))
    .map((list): [string, Snippet[]] => {
      const first = list[0] as Snippet;
      return [link(first.title, first.url), list];
    });
}

export function snippetsToMarkdown(snippets: readonly Snippet[], names: ReadonlyMap<string, string>, grouping: MarkdownGrouping, exportedAt: Date): string {
  const groups = grouping === 'entity' ? byEntity(snippets, names) : byPage(snippets);
  const out = [`# Backstory snippets`, '', `Exported ${exportedAt.toISOString().slice(0, 10)} · ${snippets.length} ${snippets.length === 1 ? 'snippet' : 'snippets'}, grouped by ${grouping}.`];
  for (const [heading, list] of groups) {
    out.push('', `## ${heading}`);
    for (const s of [...list].sort(newestFirst)) out.push('', entry(s, grouping === 'entity', names));
  }
  return `${out.join('\n')}\n`;
}
