// Property: any sequence of grants and revokes, from any starting memberships and roles, ends in exactly the
// expected state on every server behaviour, and no step ever changes a value it did not name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provisioning, ROLE_NAMES, type Provisioning, type Start } from './provisioning-fixture.js';
import { SERVER_MODES } from './server-modes.js';

const USERS = 4;

type Step =
  | { readonly kind: 'grantRole' | 'revokeRole'; readonly user: number; readonly role: string }
  | { readonly kind: 'addMember' | 'removeMember'; readonly user: number };

const userIndex = fc.integer({ min: 0, max: USERS - 1 });
const role = fc.constantFrom(...ROLE_NAMES);

const start: fc.Arbitrary<Start> = fc.record({
  roles: fc.array(fc.subarray([...ROLE_NAMES]), { minLength: USERS, maxLength: USERS }),
  members: fc.subarray([0, 1, 2, 3]),
});

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('grantRole' as const, 'revokeRole' as const), user: userIndex, role }),
  fc.record({ kind: fc.constantFrom('addMember' as const, 'removeMember' as const), user: userIndex }),
);

/** What the directory must hold: role sets per user and the group's member set. */
interface Model {
  readonly roles: Set<string>[];
  readonly members: Set<number>;
}

function apply(model: Model, s: Step): void {
  if (s.kind === 'grantRole') model.roles[s.user]!.add(s.role);
  else if (s.kind === 'revokeRole') model.roles[s.user]!.delete(s.role);
  else if (s.kind === 'addMember') model.members.add(s.user);
  else model.members.delete(s.user);
}

async function run(p: Provisioning, s: Step): Promise<void> {
  if (s.kind === 'grantRole') await p.grantRole(s.user, s.role);
  else if (s.kind === 'revokeRole') await p.revokeRole(s.user, s.role);
  else if (s.kind === 'addMember') await p.addMember(s.user);
  else await p.removeMember(s.user);
}

function observed(p: Provisioning): { roles: string[][]; members: string[] } {
  return {
    roles: p.data.users.map((u) => [...p.server.roles(u.id)].sort()),
    members: [...p.server.members(p.data.groups[0]!.id)].sort(),
  };
}

function expected(p: Provisioning, model: Model): { roles: string[][]; members: string[] } {
  return {
    roles: model.roles.map((r) => [...r].sort()),
    members: [...model.members].map((i) => p.data.users[i]!.id).sort(),
  };
}

const RUNS = Number(process.env['PROVISIONING_PROPERTY_RUNS'] ?? 20);
const SEED = Number(process.env['PROVISIONING_PROPERTY_SEED'] ?? 20261201);

describe.each(SERVER_MODES)('on a $name server', (mode) => {
  it('random grants and revokes end in exactly the expected state; no step touches an unnamed value', async () => {
    await fc.assert(
      fc.asyncProperty(start, fc.array(step, { minLength: 1, maxLength: 8 }), fc.constantFrom('filter', 'replace'), async (initial, steps, style) => {
        const p = await provisioning(mode, initial, {
          removeUserFromGroup: { style, path: 'members' },
          removeUserRole: { style, path: 'roles' },
        });
        try {
          const model: Model = { roles: initial.roles.map((r) => new Set(r)), members: new Set(initial.members) };
          expect(observed(p)).toEqual(expected(p, model));
          for (const s of steps) {
            await run(p, s);
            apply(model, s);
            // Checked after every step: a value lost and later re-granted would hide at the end.
            expect(observed(p)).toEqual(expected(p, model));
          }
        } finally {
          await p.close();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
