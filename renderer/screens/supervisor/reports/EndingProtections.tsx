import type { Report } from '../../../../electron/api/report-types';
import { useT } from '../../../i18n';
import { useOfficeTime } from '../../../lib/use-office-time';
import { shortDay } from './period-label';

/** 本周保护期到期: who is about to lapse to the pool, and whose they are — a cue for a follow-up. */
export function EndingProtections({ protections }: { protections: Report['protections'] }) {
  const t = useT();
  const time = useOfficeTime();
  const week = t('reports.ending.week', { from: shortDay(protections.weekFrom), to: shortDay(protections.weekTo) });
  return (
    <section className="report-ending" aria-labelledby="report-ending-title">
      <h3 id="report-ending-title" className="report-ending__title">
        {t('reports.ending.title')} <span className="report-ending__week">{week}</span>
      </h3>
      {protections.ending.length === 0 ? (
        <p className="panel__empty">{t('reports.ending.none')}</p>
      ) : (
        <>
          <p className="report-ending__hint">{t('reports.ending.hint')}</p>
          <table className="report-ending__table">
            <thead>
              <tr>
                <th scope="col">{t('reports.ending.client')}</th>
                <th scope="col">{t('reports.ending.owner')}</th>
                <th scope="col">{t('reports.ending.endsOn')}</th>
              </tr>
            </thead>
            <tbody>
              {protections.ending.map((p) => (
                <tr key={p.clientId}>
                  <td>
                    {p.maskedName ?? '—'} <span className="report-ending__ref">{p.ref}</span>
                  </td>
                  <td>{p.owner}</td>
                  <td>
                    {time.day(p.endsAt)} {time.clock(p.endsAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
