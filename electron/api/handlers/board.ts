import { listDayEvents } from '../../../db/queries/day-events';
import { buildBoard } from '../../services/board';
import { readDay, today } from '../../services/day-tx';
import { dayLogEntries } from '../../services/day-log-view';
import { loadPeople, visitorTags } from '../../services/people';
import type { HandlerGroup } from '../handler-types';

export const boardHandlers: HandlerGroup<'getBoard' | 'getDayLog'> = (deps) => ({
  getBoard: () => {
    const { state, ctx } = readDay(deps);
    return buildBoard(deps.db, state, ctx, loadPeople(deps.db).rows);
  },

  getDayLog: () => {
    const { rows } = loadPeople(deps.db);
    const day = today(deps);
    return dayLogEntries(listDayEvents(deps.db, day), {
      consultant: (id) => rows.get(id)?.name ?? `#${id}`,
      visitor: visitorTags(deps.db, day),
    });
  },
});
