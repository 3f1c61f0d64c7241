import { getClientRecord } from '../../../db/queries/clients';
import { appendAudit } from '../../services/audit';
import type { Deps } from '../../services/deps';
import { fail } from '../errors';
import { actorOf, type CallContext, type HandlerGroup } from '../handler-types';
import type { RevealedPhones } from '../privacy-reveal-types';

/**
 * Reads the client's numbers and records who read them, in one transaction: a reveal that cannot be
 * logged shows nothing. The entry names the client by id and the reader by role, never the number.
 */
function reveal(deps: Deps, call: CallContext, clientId: number, mayRead: (ownerId: number | null) => boolean) {
  const actor = actorOf(call);
  return deps.db
    .transaction((): RevealedPhones => {
      const client = getClientRecord(deps.db, clientId) ?? fail('not_found', '找不到该客户档案');
      if (!mayRead(client.ownerId)) {
        fail('forbidden', '该客户不是您的客户,不能查看完整号码;如需联系,请找主管');
      }
      appendAudit(deps.db, deps.clock.now(), actor, {
        action: 'phone.reveal',
        subject: `client:${client.id}`,
        details: { by: actor.role },
      });
      return { clientId: client.id, ref: client.ref, phones: client.phones };
    })
    .immediate();
}

export const privacyRevealHandlers: HandlerGroup<'revealClientPhone' | 'revealMyClientPhone'> = (deps) => ({
  revealClientPhone: (input, call) => reveal(deps, call, input.clientId, () => true),
  revealMyClientPhone: (input, call) =>
    reveal(deps, call, input.clientId, (ownerId) => ownerId !== null && ownerId === actorOf(call).id),
});
