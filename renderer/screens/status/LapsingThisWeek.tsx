import { useEffect, useState } from 'react';
import type { LapsingClient } from '../../../electron/api/disputes-types';
import type { ConsultantCard } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useOfficeTime } from '../../lib/use-office-time';

interface Props {
  person: ConsultantCard;
  pin: string;
  /** Changes when the list should be read again (after a follow-up). */
  refresh: number;
}

/** 本周到期: the consultant's clients whose protection ends before the week is out — a follow-up keeps them. */
export function LapsingThisWeek({ person, pin, refresh }: Props) {
  const t = useT();
  const time = useOfficeTime();
  const [clients, setClients] = useState<LapsingClient[]>([]);
  useEffect(() => {
    let live = true;
    api
      .listMyLapsing({ consultantId: person.id, pin })
      .then((list) => live && setClients(list))
      // The list below says what went wrong with the PIN; this banner simply stays away.
      .catch(() => live && setClients([]));
    return () => {
      live = false;
    };
  }, [person.id, pin, refresh]);

  if (clients.length === 0) return null;
  return (
    <section className="lapsing" aria-label={t('disputes.lapsing.title', { n: clients.length })}>
      <p className="lapsing__title">
        {t('disputes.lapsing.title', { n: clients.length })} · {t('disputes.lapsing.hint')}
      </p>
      <ul className="lapsing__list">
        {clients.map((c) => (
          <li key={c.client.id}>
            <span className="lapsing__name">{c.client.name}</span>
            <span>{c.maskedPhones.join(' / ')}</span>
            <span>
              {t('disputes.lapsing.until', { date: `${time.day(c.protectedUntil)} ${time.clock(c.protectedUntil)}` })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
