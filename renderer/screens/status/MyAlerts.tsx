import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ConsultantCard, OwnerAlert } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useVisitorLabel } from '../../lib/use-visitor-label';
import { toastStore, useBoardStore } from '../../stores';
import { isPinRefusal } from './pin-refusal';

interface Props {
  person: ConsultantCard;
  pin: string;
  onPinRefused: (message: string) => void;
}

/** The consultant's own open alerts, acknowledged here with the PIN they have just entered. */
export function MyAlerts({ person, pin, onPinRefused }: Props) {
  const t = useT();
  const visitorLabel = useVisitorLabel();
  const mine = useBoardStore(useShallow((s) => (s.board?.alerts ?? []).filter((a) => a.consultantId === person.id)));
  const [error, setError] = useState<string | null>(null);
  if (mine.length === 0) return null;

  const acknowledge = async (a: OwnerAlert) => {
    try {
      await api.acknowledgeAlert({ consultantId: person.id, pin, alertId: a.alertId });
      toastStore.getState().show(t('alerts.acked', { name: person.name, label: visitorLabel(a.visitor) }));
    } catch (err) {
      if (isPinRefusal(err)) return onPinRefused(errorText(err));
      setError(errorText(err));
    }
  };

  return (
    <section className="my-alerts" aria-label={t('desk.alerts', { n: mine.length })}>
      <h2 className="my-alerts__title">{t('desk.alerts', { n: mine.length })}</h2>
      <ul className="my-alerts__list">
        {mine.map((a) => (
          <li key={a.alertId} className={`my-alerts__row my-alerts__row--${a.kind}`}>
            <span className="my-alerts__kind">{t(`alerts.${a.kind}`)}</span>
            <span>
              {[
                visitorLabel(a.visitor),
                a.maskedPhone,
                t('alerts.party', { n: a.partySize }),
                a.receivedBy ? t('alerts.receivedBy', { name: a.receivedBy }) : t('alerts.waiting'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <button type="button" className="btn btn--primary" onClick={() => void acknowledge(a)}>
              {t('desk.ack')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
