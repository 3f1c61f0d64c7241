import { readAudit, verifyAudit } from '../../services/audit';
import type { AuditPage } from '../audit-types';
import type { HandlerGroup } from '../handler-types';

export const auditHandlers: HandlerGroup<'listAuditLog'> = (deps) => ({
  listAuditLog: ({ limit, beforeId }): AuditPage => {
    const entries = readAudit(deps.db, limit, beforeId);
    const verdict = verifyAudit(deps.db);
    const last = entries.at(-1);
    return {
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at,
        actorId: e.actorId,
        actorName: e.actorName,
        action: e.action,
        subject: e.subject,
        details: JSON.parse(e.details) as Record<string, unknown>,
        hash: e.hash,
      })),
      nextBeforeId: entries.length === limit && last && last.id > 1 ? last.id : null,
      chain: verdict.ok
        ? verdict
        : { ok: false, entries: verdict.entries, brokenAt: verdict.brokenAt, message: verdict.message },
    };
  },
});
