/**
 * "Your snippets about X" inside the entity card: how many the reader saved, the latest few, and (on the
 * page) a button that saves the sentence around the hovered name, or the selection if there is one.
 */
import { useState } from 'preact/hooks';
import type { SnippetsAbout as SnippetsAboutData } from '../data/snippets';
import { formatPartialDate } from './format-date';
import './snippets-about.css';

export type SaveOutcome = 'created' | 'existing' | 'failed' | 'no-selection';

export interface SnippetsAboutProps {
  name: string;
  about: SnippetsAboutData;
  onSave?: () => Promise<SaveOutcome>;
}

const MESSAGES: Record<SaveOutcome, string> = {
  created: 'Saved to your snippets.',
  existing: 'Already in your snippets.',
  failed: 'Could not save this text.',
  'no-selection': 'Nothing to save here.',
};

/** A saved-at time as a local calendar day ("12 Jul 2025"). */
export function formatSavedDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatPartialDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

export const clip = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function SnippetsAbout({ name, about, onSave }: SnippetsAboutProps) {
  const [outcome, setOutcome] = useState<SaveOutcome | 'saving' | null>(null);
  const count = about.count + (outcome === 'created' ? 1 : 0);
  const save = () => {
    if (!onSave) return;
    setOutcome('saving');
    onSave().then(setOutcome, () => setOutcome('failed'));
  };
  return (
    <section class="bs-card__section bs-snippets-about" aria-label={`Your snippets about ${name}`} data-testid="snippets-about">
      <h3 class="bs-card__heading">Your snippets about {name} from this site</h3>
      <p class="bs-snippets-about__count" data-testid="snippets-about-count">
        {count === 0 ? 'None saved yet.' : `${count} saved`}
      </p>
      {about.latest.length ? (
        <ul class="bs-snippets-about__list">
          {about.latest.map((s) => (
            <li key={s.id} class="bs-snippets-about__item">
              <q>{clip(s.exact)}</q>
              <span class="bs-snippets-about__meta">
                {clip(s.title, 60)} · {formatSavedDate(s.savedAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {onSave ? (
        <p class="bs-snippets-about__actions">
          <button type="button" class="bs-link-button" data-testid="card-save-snippet" disabled={outcome === 'saving'} onClick={save}>
            Save this sentence
          </button>
          <span role="status" class="bs-snippets-about__status">
            {outcome && outcome !== 'saving' ? MESSAGES[outcome] : ''}
          </span>
        </p>
      ) : null}
    </section>
  );
}
