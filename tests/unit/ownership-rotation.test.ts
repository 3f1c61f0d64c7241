import { describe, expect, it } from 'vitest';
import { decideOwnership } from '../../electron/domain/ownership/ownership';
import type { OwnershipDecision } from '../../electron/domain/ownership/ownership-types';
import { assigned, DayLog } from '../helpers/day-builder';
import { answers, client, ctx, policy, when, LI, WANG, ZHANG } from './ownership-fixtures';

// The ownership decision feeds the rotation's rule f: ownership says who owns, the rotation who receives.
const directed = (d: OwnershipDecision) =>
  d.directedTo === null || d.directedKind === null ? undefined : { to: d.directedTo, kind: d.directedKind };

describe('ownership routed by the rotation', () => {
  it('has a stand-in receive a protected client whose consultant is on leave, and the owner stays the owner', () => {
    const d = decideOwnership(
      { matched: { client: client({ ownerId: ZHANG }), household: false }, answers: answers() },
      policy(),
      ctx(),
    );
    const day = new DayLog({ order: [WANG, LI, ZHANG] }).status('09:00', ZHANG, 'leave');
    const body = assigned(day.walkIn('10:00', 1, directed(d)));
    expect(body).toMatchObject({ consultantId: WANG, ownerId: ZHANG, standIn: true, notify: ZHANG });
    expect(body.reasons[0]?.zh).toBe('该客户属于张伟');
  });

  it('has the rotation receive a client whose protection lapsed, and the receiver owns them', () => {
    const contact = when('2026-09-01');
    const d = decideOwnership(
      {
        matched: { client: client({ ownerId: ZHANG, firstVisitAt: contact, lastVisitAt: contact }), household: false },
        answers: answers(),
      },
      policy(),
      ctx(),
    );
    expect(directed(d)).toBeUndefined();
    const body = assigned(new DayLog({ order: [LI, WANG, ZHANG] }).walkIn('10:00', 1, directed(d)));
    expect(body).toMatchObject({ consultantId: LI, ownerId: LI, mode: 'rotation' });
    expect(d.lapsedOwnerToTell).toBe(ZHANG);
  });
});
