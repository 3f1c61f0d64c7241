import type { Database } from 'better-sqlite3';
import { countClientsOwnedBy } from '../../../db/queries/clients';
import { getConsultant, listConsultants } from '../../../db/queries/consultants';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { rulesPage } from '../../documents/rules-page';
import { rulesText } from '../../domain/rules-text';
import { officePolicy } from '../../services/check-in';
import { today } from '../../services/day-tx';
import { toCard } from '../../services/people';
import { fail } from '../errors';
import type { HandlerGroup } from '../handler-types';
import type { OfficeProfile } from '../people-types';

function profile(db: Database): OfficeProfile {
  return {
    officeName: getSetting(db, 'officeName'),
    projectName: getSetting(db, 'projectName'),
    sheetOrientation: getSetting(db, 'sheetOrientation'),
    idleMinutes: getSetting(db, 'idleMinutes'),
  };
}

const rulesInput = (db: Database) => ({
  choice: getSetting(db, 'policy'),
  split: getSetting(db, 'splitPolicy'),
  lunch: getSetting(db, 'lunch'),
});

export const peopleHandlers: HandlerGroup<
  'previewDeparture' | 'getOfficeProfile' | 'setOfficeProfile' | 'getRulesPage' | 'readRules'
> = (deps) => ({
  previewDeparture: (input) => {
    const c = getConsultant(deps.db, input.id) ?? fail('not_found', '找不到该顾问');
    if (!c.active) fail('conflict', `${c.name}已是离职状态`);
    return {
      consultantId: c.id,
      name: c.name,
      clientCount: countClientsOwnedBy(deps.db, c.id),
      rule: officePolicy(deps)['ownership.departed'],
      successors: listConsultants(deps.db)
        .filter((x) => x.active && x.id !== c.id)
        .sort((a, b) => Number(a.role !== 'consultant') - Number(b.role !== 'consultant'))
        .map(toCard),
    };
  },

  getOfficeProfile: () => profile(deps.db),

  /** The names every printed document carries; the board shows the office's name at once. */
  setOfficeProfile: (input) => {
    deps.db
      .transaction(() => {
        setSetting(deps.db, 'officeName', input.officeName);
        setSetting(deps.db, 'projectName', input.projectName);
        setSetting(deps.db, 'sheetOrientation', input.sheetOrientation);
        if (input.idleMinutes !== undefined) setSetting(deps.db, 'idleMinutes', input.idleMinutes);
      })
      .immediate();
    deps.bus.emit('boardChanged', { version: 0 });
    return profile(deps.db);
  },

  getRulesPage: (input) => {
    const rules = rulesText(rulesInput(deps.db), input.lang);
    const { officeName, projectName } = profile(deps.db);
    const doc = rulesPage({ lang: input.lang, officeName, projectName, date: today(deps), rules });
    return { html: doc.html, rules };
  },

  readRules: () => {
    const { officeName, projectName } = profile(deps.db);
    const input = rulesInput(deps.db);
    return { officeName, projectName, zh: rulesText(input, 'zh'), en: rulesText(input, 'en') };
  },
});
