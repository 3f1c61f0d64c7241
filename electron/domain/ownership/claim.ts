import { formatClock } from '../office-time';
import type { OfficePolicy } from '../policy';
import type { Reason } from '../reasons';
import type { People } from '../rotation';
import { ownershipReasons as why } from './ownership-reasons';
import { isActive, nameOf } from './people';

/** The reception being claimed: who received it, when, and whether the rotation took the visitor as new. */
export interface ClaimedAssignment {
  visitId: number;
  receivedBy: number;
  at: number;
  wasNewClient: boolean;
}

export interface ClaimInput {
  assignment: ClaimedAssignment;
  claimantId: number;
  now: number;
  timeZone: string;
  policy: Pick<OfficePolicy, 'ownership.recognitionWindowMinutes'>;
  people: People;
}

export type ClaimVerdict =
  | {
      allowed: true;
      visitId: number;
      /** The claimant: they now receive the visitor and own them. */
      ownerId: number;
      /** The consultant who had received the visitor: the reception gives their turn back and they are free. */
      freedId: number;
      reasons: Reason[];
    }
  | { allowed: false; visitId: number; reasons: Reason[] };

/**
 * The recognition window ('ownership.recognitionWindowMinutes'): an owner who recognises their client,
 * whom the rotation received as new, takes them back within the window; after it the receiver keeps
 * them (15分钟内原置业顾问认出该客户, 则归属权为原置业顾问; 15分钟后…归顺序接待者). 0 turns claims off.
 * The claimant's recognition is the claim, as in the seeds; a dispute goes to the supervisor's override.
 */
export function checkClaim(input: ClaimInput): ClaimVerdict {
  const { assignment, claimantId, now, timeZone, people } = input;
  const refuse = (reason: Reason): ClaimVerdict => ({ allowed: false, visitId: assignment.visitId, reasons: [reason] });
  const claimant = nameOf(people, claimantId);
  const receiver = nameOf(people, assignment.receivedBy);

  if (!assignment.wasNewClient) return refuse(why.notNewClientVisit());
  if (claimantId === assignment.receivedBy) return refuse(why.claimantIsReceiver(claimant));
  if (!isActive(people, claimantId)) return refuse(why.claimantInactive(claimant));

  const minutes = input.policy['ownership.recognitionWindowMinutes'];
  if (minutes <= 0) return refuse(why.claimsOff(receiver));
  const receivedAt = formatClock(assignment.at, timeZone);
  if (now - assignment.at > minutes * 60_000) {
    return refuse(why.claimTooLate(receiver, minutes, receivedAt, formatClock(now, timeZone)));
  }
  return {
    allowed: true,
    visitId: assignment.visitId,
    ownerId: claimantId,
    freedId: assignment.receivedBy,
    reasons: [why.claimAllowed(claimant, receiver, minutes, receivedAt), why.receiverFreed(receiver)],
  };
}
