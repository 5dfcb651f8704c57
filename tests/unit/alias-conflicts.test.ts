import { describe, expect, it } from 'vitest';
import { applyAliasChoices, findAliasConflicts, type ClaimingEntity } from '../../core/alias-conflicts';

function entity(id: string, packId: string, aliases: string[]): ClaimingEntity {
  return { id, packId, name: id.toUpperCase(), type: 'person', summary: '', cues: [], facts: [], related: [], aliases: aliases.map((text) => ({ text, case: 'fold', link: 'always' })) };
}

const ENTITIES = [
  entity('fidan-hakan', 'shipped', ['Hakan Fidan', 'Fidan']),
  entity('fidan-town', 'atlas', ['Fidan', 'FİDAN Town']),
  entity('aliyev-ilham', 'shipped', ['Aliyev']),
  entity('aliyev-heydar', 'shipped', ['Aliyev']),
];

describe('alias conflicts', () => {
  it('lists an alias two entities of different packs claim, with both claimants, case and dots folded', () => {
    const conflicts = findAliasConflicts(ENTITIES, new Map());
    expect(conflicts).toEqual([
      {
        key: 'fidan',
        winner: null,
        claimants: [
          { entityId: 'fidan-hakan', name: 'FIDAN-HAKAN', claimedBy: 'shipped', text: 'Fidan' },
          { entityId: 'fidan-town', name: 'FIDAN-TOWN', claimedBy: 'atlas', text: 'Fidan' },
        ],
      },
    ]);
  });

  it('leaves a shared alias inside one pack alone (the pack resolves it by context)', () => {
    expect(findAliasConflicts(ENTITIES, new Map()).map((c) => c.key)).not.toContain('aliyev');
  });

  it('counts an alias the reader added as a claim of its own', () => {
    const conflicts = findAliasConflicts(ENTITIES, new Map(), new Map([['aliyev-heydar', ['Hakan Fidan']]]));
    expect(conflicts.find((c) => c.key === 'hakan fidan')?.claimants.map((c) => c.claimedBy)).toEqual(['shipped', 'reader']);
  });

  it('reports the chosen winner only while it is still a claimant', () => {
    expect(findAliasConflicts(ENTITIES, new Map([['fidan', 'fidan-town']]))[0]?.winner).toBe('fidan-town');
    expect(findAliasConflicts(ENTITIES, new Map([['fidan', 'gone']]))[0]?.winner).toBeNull();
  });

  it('removes the alias from the losers only', () => {
    const out = applyAliasChoices(ENTITIES, new Map([['fidan', 'fidan-town']]));
    expect(out.find((e) => e.id === 'fidan-hakan')?.aliases.map((a) => a.text)).toEqual(['Hakan Fidan']);
    expect(out.find((e) => e.id === 'fidan-town')?.aliases.map((a) => a.text)).toEqual(['Fidan', 'FİDAN Town']);
    expect(out.find((e) => e.id === 'aliyev-ilham')).toBe(ENTITIES[2]);
  });
});
