/** Finds an entity by the start of its name (indexed, so it stays quick with 100,000 entities). */
import { useState } from 'preact/hooks';
import { optionsDatabase, useLive } from './use-live';
import { findEntitiesByName } from '../../data/entity-store';

export interface PickedEntity {
  id: string;
  name: string;
}

export function EntityPicker({ picked, onPick }: { picked: PickedEntity | null; onPick: (e: PickedEntity | null) => void }) {
  const db = optionsDatabase();
  const [query, setQuery] = useState('');
  const q = query.trim();
  const matches = useLive(async () => (q ? await findEntitiesByName(db, q, 8) : []), [db, q]);
  if (picked) {
    return (
      <p class="bs-picked" data-testid="picked-entity">
        Adding to <strong>{picked.name}</strong>{' '}
        <button type="button" class="bs-link" onClick={() => onPick(null)}>Change</button>
      </p>
    );
  }
  return (
    <div class="bs-picker">
      <label>Entity <input type="search" value={query} placeholder="Start typing a name" onInput={(e) => setQuery(e.currentTarget.value)} data-testid="entity-search" /></label>
      {matches.status === 'ready' && matches.value.length ? (
        <ul class="bs-picker__list">
          {matches.value.map((m) => (
            <li key={m.id}>
              <button type="button" class="bs-link" onClick={() => onPick(m)}>{m.name}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
