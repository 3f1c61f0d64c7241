import { getSetting, setSetting } from '../../../db/queries/settings';
import type { Deps } from '../../services/deps';
import { eraseTarget, newErasure } from '../../services/erase-person';
import { clearPersonExports, writePersonExport } from '../../services/export-person';
import { locatePerson, personDataView } from '../../services/find-person';
import { RETENTION_YEARS } from '../../domain/privacy/retention';
import { fail } from '../errors';
import type { HandlerGroup } from '../handler-types';
import type { RetentionView } from '../privacy-types';

const NOT_A_PHONE = '请输入完整的电话号码(手机 11 位,或带区号的固话)';

function located(deps: Deps, phone: string) {
  return locatePerson(deps.db, phone) ?? fail('invalid_input', NOT_A_PHONE);
}

const retentionView = (deps: Deps): RetentionView => ({
  years: getSetting(deps.db, 'retentionYears'),
  min: RETENTION_YEARS.min,
  max: RETENTION_YEARS.max,
  lastPurge: getSetting(deps.db, 'lastRetentionPurge'),
});

/**
 * 个人信息. The erasure's tombstone and the retention setting's entry are written by withAudit
 * (audited-handlers.ts) from the result and the input's codes — never the phone.
 */
export const privacyHandlers: HandlerGroup<
  'findPersonData' | 'exportPersonData' | 'erasePersonData' | 'getRetention' | 'setRetention'
> = (deps) => ({
  findPersonData: ({ phone }) => {
    const person = located(deps, phone);
    return personDataView(deps.db, person.phone, person.target);
  },
  exportPersonData: async ({ phone }) => {
    const person = located(deps, phone);
    if (!personDataView(deps.db, person.phone, person.target).found) fail('not_found', '没有这个电话号码的个人信息');
    const file = await writePersonExport(deps.db, deps.dataDir, person.phone, person.target, deps.clock.now());
    return { ticket: deps.downloads.offer(file), fileName: file.fileName };
  },
  erasePersonData: ({ phone, confirmPhone }) =>
    deps.db.transaction(() => {
      const person = located(deps, phone);
      if (locatePerson(deps.db, confirmPhone)?.phone !== person.phone) {
        fail('invalid_input', '两次输入的电话号码不一致,没有删除任何信息');
      }
      if (!personDataView(deps.db, person.phone, person.target).found) fail('not_found', '没有这个电话号码的个人信息');
      const erasureNo = newErasure(deps.db, deps.clock.now(), 'request');
      const counts = eraseTarget(deps.db, person.target, erasureNo);
      // Every export file goes too: an export made before the erasure holds the person whole.
      clearPersonExports(deps.dataDir);
      return { erasureNo, counts };
    })(),
  getRetention: () => retentionView(deps),
  setRetention: ({ years }) => {
    setSetting(deps.db, 'retentionYears', years);
    return retentionView(deps);
  },
});
