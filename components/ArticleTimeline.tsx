/**
 * The card's view of time for a dated article: what was true on the article's date, what had already
 * ended by then, and what changed since. Presentational; the split itself is `timelineAt` (core/timeline).
 */
import type { ComponentChildren } from 'preact';
import { timelineAt, type TimelineItem } from '../core/timeline';
import type { Fact } from '../data/types';
import { formatFactSpan, formatPartialDate } from './format-date';
import { FactSources } from './SourceLink';
import { YoursMarker } from './YoursMarker';

type Tone = 'then' | 'ended' | 'since' | 'undated';

function itemDate(item: TimelineItem<Fact>, tone: Tone): string {
  if (tone === 'ended') return formatFactSpan(item.fact.from, item.date) || 'Undated';
  if (tone === 'then') return formatFactSpan(item.fact.from, item.fact.until) || 'Undated';
  return item.date ? formatPartialDate(item.date) : 'Undated';
}

function Group({ title, tone, items, testId }: { title: ComponentChildren; tone: Tone; items: TimelineItem<Fact>[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <section class={`bs-card__section bs-when bs-when--${tone}`} data-testid={testId}>
      <h3 class="bs-card__heading">{title}</h3>
      <ol class="bs-facts">
        {items.map((item, i) => (
          <li key={i} class={tone === 'ended' ? 'bs-fact bs-fact--ended' : 'bs-fact'} data-testid="fact">
            {tone === 'undated' ? null : <span class="bs-fact__date">{itemDate(item, tone)}</span>}
            {item.fact.origin === 'reader' ? <YoursMarker /> : null}
            <p class="bs-fact__text">{item.text}</p>
            <FactSources fact={item.fact} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ArticleTimeline({ facts, articleDate }: { facts: Fact[]; articleDate: string }) {
  const t = timelineAt(facts, articleDate);
  const when = formatPartialDate(articleDate);
  return (
    <div class="bs-timeline" data-testid="article-timeline">
      <p class="bs-when__intro">
        This article is dated <time dateTime={articleDate}>{when}</time>.
      </p>
      <Group testId="timeline-then" tone="then" title={`True on ${when}`} items={t.then} />
      <Group testId="timeline-ended" tone="ended" title="Already over by then" items={t.endedBefore} />
      <Group testId="timeline-since" tone="since" title="What changed since" items={t.since} />
      <Group testId="timeline-undated" tone="undated" title="Undated" items={t.undated} />
    </div>
  );
}
