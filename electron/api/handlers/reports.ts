import { buildReport } from '../../services/report';
import type { HandlerGroup } from '../handler-types';

export const reportHandlers: HandlerGroup<'getReport'> = (deps) => ({
  getReport: (input) => buildReport(deps.db, input.period, input.date, deps.clock.now()),
});
