import { useState, type FormEvent } from 'react';
import type { PersonDataView } from '../../../../electron/api/privacy-types';
import { api } from '../../../api';
import { TextField } from '../../../components/TextField';
import { useT } from '../../../i18n';
import { downloadTicket } from '../../../lib/download';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, toastStore } from '../../../stores';
import { EraseDialog } from './EraseDialog';
import { RetentionSetting } from './RetentionSetting';

const COUNTS = ['visits', 'looseRegistrations', 'referrals', 'closedDays', 'followUps', 'sales'] as const;

/**
 * 个人信息 (PIPL): the administrator types a phone number and sees what is held about its owner —
 * counts and dates, the phone masked — then exports a copy for them or erases it; below, the retention period.
 */
export function PersonDataPanel() {
  const t = useT();
  const time = useOfficeTime();
  const [phone, setPhone] = useState('');
  const [searched, setSearched] = useState('');
  const [person, setPerson] = useState<PersonDataView | null>(null);
  const [busy, setBusy] = useState<'find' | 'export' | null>(null);
  const [erasing, setErasing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const find = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy('find');
    setError(null);
    try {
      setPerson(await sessionStore.getState().authorized((token) => api.findPersonData({ token, phone })));
      setSearched(phone);
    } catch (err) {
      setPerson(null);
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const exportData = async () => {
    setBusy('export');
    setError(null);
    try {
      const made = await sessionStore
        .getState()
        .authorized((token) => api.exportPersonData({ token, phone: searched }));
      downloadTicket(made.ticket, made.fileName);
      toastStore.getState().show(t('privacy.exported', { file: made.fileName }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const when = (at: number | null) => (at === null ? '—' : time.day(at));

  return (
    <div className="privacy">
      <section className="panel" aria-label={t('privacy.title')}>
        <h2 className="panel__title">{t('privacy.title')}</h2>
        <p className="privacy__hint">{t('privacy.intro')}</p>
        <form className="privacy__row" onSubmit={(e) => void find(e)}>
          <TextField
            label={t('privacy.phone')}
            value={phone}
            onChange={setPhone}
            inputMode="tel"
            autoComplete="off"
            maxLength={30}
          />
          <button type="submit" className="btn btn--primary btn--xl" disabled={busy !== null || phone.trim() === ''}>
            {busy === 'find' ? t('privacy.finding') : t('privacy.find')}
          </button>
        </form>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {person && !person.found && (
          <p className="panel__empty" role="status">
            {t('privacy.notFound', { phone: person.maskedPhone })}
          </p>
        )}
        {person?.found && (
          <div className="privacy__found" aria-label={t('privacy.heldFor', { phone: person.maskedPhone })}>
            <h3>{t('privacy.heldFor', { phone: person.maskedPhone })}</h3>
            {person.clients.map((c) => (
              <div key={c.ref} className="privacy__client">
                <strong>{t('privacy.client', { ref: c.ref, name: c.name })}</strong>
                <span>{c.ownerName ? t('privacy.owner', { owner: c.ownerName }) : t('privacy.noOwner')}</span>
                <span>{t('privacy.phones', { phones: c.phones.join('、') })}</span>
                <span>{t('privacy.visitsSpan', { first: when(c.firstVisitAt), last: when(c.lastVisitAt) })}</span>
              </div>
            ))}
            <dl className="privacy__counts">
              {COUNTS.map((k) => (
                <div key={k}>
                  <dt>{t(`privacy.counts.${k}`)}</dt>
                  <dd>{person[k]}</dd>
                </div>
              ))}
            </dl>
            {person.firstDay && (
              <p className="privacy__hint">
                {t('privacy.visitsSpan', { first: person.firstDay, last: person.lastDay ?? person.firstDay })}
              </p>
            )}
            <div className="privacy__row">
              <button
                type="button"
                className="btn btn--secondary btn--xl"
                disabled={busy !== null}
                onClick={() => void exportData()}
              >
                {busy === 'export' ? t('privacy.exporting') : t('privacy.export')}
              </button>
              <button type="button" className="btn btn--danger btn--xl" onClick={() => setErasing(true)}>
                {t('privacy.erase')}
              </button>
            </div>
          </div>
        )}
      </section>
      <RetentionSetting />
      {erasing && person && (
        <EraseDialog
          phone={searched}
          person={person}
          onClose={() => setErasing(false)}
          onErased={(r) => {
            setErasing(false);
            toastStore.getState().show(
              t('privacy.erased', {
                no: r.erasureNo,
                visits: r.counts.visits,
                followUps: r.counts.followUps,
                clients: r.counts.clientsDeleted + r.counts.clientsKept,
              }),
            );
            void find();
          }}
        />
      )}
    </div>
  );
}
