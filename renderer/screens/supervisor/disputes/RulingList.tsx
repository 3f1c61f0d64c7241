import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../i18n';
import { ReasonList } from '../../../components/ReasonList';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { disputesStore, toastStore, useDisputesStore } from '../../../stores';
import { useLocaleStore } from '../../../stores/locale-store';
import { RulingPreview } from './RulingPreview';

/** Every ruling on file: who decided, when, why; each prints as the one-page 裁定书. */
export function RulingList() {
  const t = useT();
  const time = useOfficeTime();
  const lang = useLocaleStore((s) => (s.lang === 'en' ? 'en' : 'zh'));
  const rulings = useDisputesStore(useShallow((s) => s.rulings ?? []));
  const [html, setHtml] = useState<string | null>(null);
  const open = (id: number) =>
    disputesStore
      .getState()
      .rulingHtml(id, lang)
      .then(setHtml)
      .catch((err: unknown) => toastStore.getState().show(errorText(err)));

  if (rulings.length === 0) return <p className="panel__empty">{t('disputes.noRulings')}</p>;
  return (
    <>
      <ul className="rulings">
        {rulings.map((r) => (
          <li key={r.id} className="panel ruling">
            <div className="ruling__head">
              <span className="ruling__no">{t('disputes.ruling.number', { no: r.number })}</span>
              <span className="tag">{t(`disputes.kind.${r.kind}`)}</span>
              <span className="tag tag--ok">{t(`disputes.ruling.action.${r.action}`)}</span>
              <span className="ruling__by">
                {t('disputes.ruling.by', {
                  name: r.decidedBy.name,
                  date: `${time.day(r.decidedAt)} ${time.clock(r.decidedAt)}`,
                })}
              </span>
              <button type="button" className="btn btn--primary" onClick={() => void open(r.id)}>
                {t('disputes.ruling.preview')}
              </button>
            </div>
            <ReasonList reasons={r.reasons} />
          </li>
        ))}
      </ul>
      {html !== null && <RulingPreview html={html} onClose={() => setHtml(null)} />}
    </>
  );
}
