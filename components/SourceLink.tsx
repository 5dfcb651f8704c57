/** A fact's source as a link (http(s) only; anything else is withheld) and the list of a fact's sources. */
import { isHttpUrl } from '../data/pack-schema';
import type { Fact } from '../data/types';

function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourceLink({ url }: { url: string }) {
  if (!isHttpUrl(url)) {
    return <span class="bs-source bs-source--withheld">source withheld (unsafe link)</span>;
  }
  return (
    <a class="bs-source" href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {sourceHost(url)}
    </a>
  );
}

export function FactSources({ fact }: { fact: Pick<Fact, 'source' | 'extraSources'> }) {
  const sources = [fact.source, ...(fact.extraSources ?? [])];
  return (
    <p class="bs-fact__sources">
      {sources.map((url, i) => (
        <span key={i} class="bs-fact__source">
          {i > 0 ? ' · ' : 'Source: '}
          <SourceLink url={url} />
        </span>
      ))}
    </p>
  );
}
