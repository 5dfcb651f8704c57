/**
 * The reader's own knowledge: create an entity, or add an alias, a dated and sourced fact, or a note to
 * any entity. Everything here is kept apart from the packs, so no pack update overwrites it.
 */
import { useState } from 'preact/hooks';
import { addReaderEntity, addToEntity, readerEntities, removeAddition, removeReaderEntity, type AdditionInput, type EditResult } from '../../data/reader-pack';
import type { EntityType } from '../../data/types';
import { TYPE_LABEL } from '../../components/entity-type';
import { EntityPicker, type PickedEntity } from './EntityPicker';
import { optionsDatabase, useLive } from './use-live';
import { getEntities } from '../../data/entity-store';

const TYPES = Object.keys(TYPE_LABEL) as EntityType[];
type Kind = AdditionInput['kind'];

function Result({ result }: { result: EditResult | null }) {
  if (!result) return null;
  if (result.ok) return <p class="bs-ok" role="status">Saved.</p>;
  return (
    <p class="bs-error" role="alert" data-testid="reader-error">
      {result.errors.join(' · ')}
    </p>
  );
}

function NewEntityForm() {
  const db = optionsDatabase();
  const [result, setResult] = useState<EditResult | null>(null);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const r = await addReaderEntity(db, { name: String(data.get('name') ?? ''), type: String(data.get('type')) as EntityType, summary: String(data.get('summary') ?? '') });
    setResult(r);
    if (r.ok) form.reset();
  };
  return (
    <form class="bs-form" onSubmit={(e) => void onSubmit(e)} data-testid="new-entity">
      <h3>New entity</h3>
      <label>Name <input name="name" required maxLength={200} /></label>
      <label>
        Kind{' '}
        <select name="type">
          {TYPES.map((t) => (
            <option key={t} value={t}>{TYPE_LABEL[t]}</option>
          ))}
        </select>
      </label>
      <label>Summary <textarea name="summary" required maxLength={4000} rows={2} /></label>
      <button type="submit" class="bs-button">Add entity</button>
      <Result result={result} />
    </form>
  );
}

/** The entities the reader created; deleting one asks first, since its additions go with it. */
function OwnEntityList() {
  const db = optionsDatabase();
  const entities = useLive(() => readerEntities(db), [db]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [result, setResult] = useState<EditResult | null>(null);
  if (entities.status === 'failed') return <p class="bs-error" role="alert">{entities.message}</p>;
  if (entities.status !== 'ready' || entities.value.length === 0) return null;
  const remove = async (id: string) => {
    setConfirming(null);
    const r = await removeReaderEntity(db, id);
    setResult(r.ok ? null : r);
  };
  return (
    <div>
      <h3>Your entities</h3>
      <ul class="bs-additions" data-testid="own-entities">
        {entities.value.map((e) => (
          <li key={e.id}>
            <strong>{e.name}</strong> <span class="bs-muted">· {TYPE_LABEL[e.type]} · {e.summary}</span>{' '}
            {confirming === e.id ? (
              <span role="group" aria-label={`Delete ${e.name}?`}>
                Delete it and everything you added to it?{' '}
                <button type="button" class="bs-link" onClick={() => void remove(e.id)}>Delete</button>{' '}
                <button type="button" class="bs-link" onClick={() => setConfirming(null)}>Keep</button>
              </span>
            ) : (
              <button type="button" class="bs-link" aria-label={`Delete ${e.name}`} onClick={() => setConfirming(e.id)}>Delete…</button>
            )}
          </li>
        ))}
      </ul>
      <Result result={result} />
    </div>
  );
}

function additionInput(kind: Kind, data: FormData): AdditionInput {
  const text = String(data.get('text') ?? '');
  if (kind !== 'fact') return { kind, text };
  const date = (name: string) => String(data.get(name) ?? '').trim() || null;
  return { kind, text, from: date('from'), until: date('until'), source: String(data.get('source') ?? '').trim() };
}

function AddToEntityForm() {
  const db = optionsDatabase();
  const [entity, setEntity] = useState<PickedEntity | null>(null);
  const [kind, setKind] = useState<Kind>('fact');
  const [result, setResult] = useState<EditResult | null>(null);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!entity) return;
    const form = event.currentTarget as HTMLFormElement;
    const r = await addToEntity(db, entity.id, additionInput(kind, new FormData(form)));
    setResult(r);
    if (r.ok) form.reset();
  };
  return (
    <form class="bs-form" onSubmit={(e) => void onSubmit(e)} data-testid="add-to-entity">
      <h3>Add to an entity</h3>
      <EntityPicker picked={entity} onPick={setEntity} />
      <div class="bs-kinds" role="radiogroup" aria-label="What to add">
        {(['fact', 'alias', 'note'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {k === 'fact' ? 'A fact' : k === 'alias' ? 'Another name' : 'A note'}
          </label>
        ))}
      </div>
      <label>{kind === 'alias' ? 'Name as written' : kind === 'note' ? 'Note' : 'Fact'} <textarea name="text" required rows={2} /></label>
      {kind === 'fact' ? (
        <div class="bs-row">
          <label>From <input name="from" placeholder="YYYY-MM-DD" size={10} /></label>
          <label>Until <input name="until" placeholder="YYYY-MM-DD" size={10} /></label>
          <label class="bs-grow">Source <input name="source" type="url" required placeholder="https://…" /></label>
        </div>
      ) : null}
      <button type="submit" class="bs-button" disabled={!entity}>Add</button>
      <Result result={result} />
    </form>
  );
}

function AdditionList() {
  const db = optionsDatabase();
  const additions = useLive(async () => {
    const all = await db.additions.orderBy('addedAt').reverse().limit(200).toArray();
    const names = await getEntities(db, [...new Set(all.map((a) => a.entityId))]);
    const nameOf = new Map(names.flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
    return all.map((a) => ({ ...a, entityName: nameOf.get(a.entityId) ?? a.entityId }));
  }, [db]);
  if (additions.status === 'failed') return <p class="bs-error" role="alert">{additions.message}</p>;
  if (additions.status !== 'ready' || additions.value.length === 0) return null;
  return (
    <div>
      <h3>What you added</h3>
      <ul class="bs-additions" data-testid="additions">
        {additions.value.map((a) => (
          <li key={a.id}>
            <span class="bs-muted">{a.entityName} · {a.kind}:</span> {a.kind === 'alias' ? a.alias.text : a.kind === 'fact' ? a.fact.text : a.note}{' '}
            <button type="button" class="bs-link" onClick={() => void removeAddition(db, a.id)}>Remove</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ReaderSection() {
  return (
    <div class="bs-stack">
      <p class="bs-options__text">Your own entities, names, facts and notes. Cards mark them as yours; pack updates never change them.</p>
      <NewEntityForm />
      <OwnEntityList />
      <AddToEntityForm />
      <AdditionList />
    </div>
  );
}
