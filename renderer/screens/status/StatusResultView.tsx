import type { StatusResult } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { ReasonList } from '../../components/ReasonList';
import { StatusTag } from '../../components/StatusTag';

/** What the change did: the new status, the place in the queue, and any visitor or make-up it brought. */
export function StatusResultView({ name, result, onDone }: { name: string; result: StatusResult; onDone: () => void }) {
  const t = useT();
  return (
    <section className="decision" aria-labelledby="status-result-title">
      <h2 id="status-result-title" className="decision__label">
        {t('statusPad.saved')}
      </h2>
      <p className="decision__name">
        {name} <StatusTag status={result.status} size="lg" />
      </p>
      <p className="decision__position">
        {result.position === null ? t('statusPad.outOfQueue') : t('statusPad.position', { n: result.position })}
      </p>
      <ReasonList reasons={result.reasons} className="reasons--large" />
      <button type="button" className="btn btn--primary btn--xl" onClick={onDone} autoFocus>
        {t('app.done')}
      </button>
    </section>
  );
}
