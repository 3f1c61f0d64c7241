import { useEffect, useState } from 'react';
import type { ConsultantCard, MyClient } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { PhoneReveal } from '../../components/PhoneReveal';
import { ProtectionTag } from '../../components/ProtectionTag';
import { errorText } from '../../lib/errors';
import { useOfficeTime } from '../../lib/use-office-time';
import { FollowUpDialog } from './FollowUpDialog';
import { isPinRefusal } from './pin-refusal';
import { LapsingThisWeek } from './LapsingThisWeek';

interface Props {
  person: ConsultantCard;
  pin: string;
  onPinRefused: (message: string) => void;
}

/** Those whose protection ends soonest first: a follow-up now keeps them. */
const byUrgency = (a: MyClient, b: MyClient) =>
  Number(b.endsSoon) - Number(a.endsSoon) ||
  Number(b.isProtected) - Number(a.isProtected) ||
  (a.protectedUntil ?? Infinity) - (b.protectedUntil ?? Infinity);

/** 我的客户: the consultant's own clients, how long each stays protected, and a follow-up in two taps. */
export function MyClients({ person, pin, onPinRefused }: Props) {
  const t = useT();
  const time = useOfficeTime();
  const [clients, setClients] = useState<MyClient[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState<MyClient | null>(null);

  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let live = true;
    api
      .listMyClients({ consultantId: person.id, pin })
      .then((list) => live && (setClients([...list].sort(byUrgency)), setError(null)))
      .catch((err: unknown) => {
        if (!live) return;
        if (isPinRefusal(err)) onPinRefused(errorText(err));
        else setError(errorText(err));
      });
    return () => {
      live = false;
    };
  }, [person.id, pin, onPinRefused, asked]);

  /** With the PIN the desk already holds: only the consultant's own clients, and the backend logs it. */
  const revealOwn = async (clientId: number) => {
    try {
      return (await api.revealMyClientPhone({ consultantId: person.id, pin, clientId })).phones;
    } catch (err) {
      if (isPinRefusal(err)) onPinRefused(errorText(err));
      throw err;
    }
  };

  if (error) {
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  }
  if (!clients) return <p>{t('app.loading')}</p>;
  if (clients.length === 0) return <p className="panel__empty">{t('myClients.empty')}</p>;

  return (
    <>
      <LapsingThisWeek person={person} pin={pin} refresh={asked} />
      <ul className="my-clients" aria-label={t('desk.clients')}>
        {clients.map((c) => (
          <li key={c.clientId} className={`my-client ${c.endsSoon ? 'my-client--soon' : ''}`}>
            <div className="my-client__who">
              <span className="my-client__name">{c.name}</span>
              <span className="my-client__phone">
                <PhoneReveal masked={c.maskedPhones} name={c.name} reveal={() => revealOwn(c.clientId)} />
              </span>
              <span className="my-client__ref">{t('myClients.ref', { ref: c.ref })}</span>
            </div>
            <div className="my-client__when">
              <ProtectionTag until={c.protectedUntil} isProtected={c.isProtected} />
              {c.endsSoon && <span className="tag tag--soon">{t('myClients.endsSoon')}</span>}
              {c.lastVisitAt !== null && <span>{t('myClients.lastVisit', { date: time.day(c.lastVisitAt) })}</span>}
              <span>
                {c.lastFollowUpAt === null
                  ? t('myClients.noFollowUp')
                  : t('myClients.lastFollowUp', { date: time.day(c.lastFollowUpAt) })}
              </span>
            </div>
            <button
              type="button"
              className="btn btn--primary my-client__act"
              aria-label={t('myClients.followUpFor', { name: c.name })}
              onClick={() => setFollowUp(c)}
            >
              {t('myClients.followUp')}
            </button>
          </li>
        ))}
      </ul>
      {followUp && (
        <FollowUpDialog
          person={person}
          pin={pin}
          client={followUp}
          onSaved={() => {
            setFollowUp(null);
            setAsked((n) => n + 1);
          }}
          onPinRefused={onPinRefused}
          onClose={() => setFollowUp(null)}
        />
      )}
    </>
  );
}
