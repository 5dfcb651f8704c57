/** Aliases two entities claim: both are listed, and the reader picks which one the name links to. */
import { chooseAliasWinner, listAliasConflicts } from '../../data/alias-choices';
import { optionsDatabase, useLive } from './use-live';

export function AliasConflicts() {
  const db = optionsDatabase();
  const conflicts = useLive(() => listAliasConflicts(db), [db]);
  if (conflicts.status !== 'ready' || conflicts.value.length === 0) return null;
  return (
    <div class="bs-conflicts" data-testid="alias-conflicts">
      <h3>Names claimed twice</h3>
      <p class="bs-muted">These names belong to more than one entity. Choose which one a page links them to.</p>
      <ul>
        {conflicts.value.map((c) => (
          <li key={c.key} data-testid="alias-conflict" class={c.winner ? '' : 'bs-conflict--open'}>
            <fieldset>
              <legend>
                “{c.claimants[0]?.text}” {c.winner ? null : <span class="bs-warn">not chosen yet</span>}
              </legend>
              {c.claimants.map((claimant) => (
                <label key={claimant.entityId} class="bs-choice">
                  <input type="radio" name={`alias-${c.key}`} checked={c.winner === claimant.entityId} onChange={() => void chooseAliasWinner(db, c.key, claimant.entityId)} />
                  {claimant.name} <span class="bs-muted">({claimant.claimedBy === 'reader' ? 'your alias' : `pack ${claimant.claimedBy}`})</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
    </div>
  );
}
