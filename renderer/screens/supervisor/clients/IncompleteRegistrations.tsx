import { useEffect, useState } from 'react';
import type { RegistrationView } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { CompleteRegistrationDialog } from '../../../components/registration/CompleteRegistrationDialog';
import { errorText } from '../../../lib/errors';
import { emptyRegistration } from '../../../lib/registration';
import { useOfficeTime } from '../../../lib/use-office-time';
import { useVisitorLabel } from '../../../lib/use-visitor-label';
import { sessionStore, toastStore, useBoardStore } from '../../../stores';

/**
 * 待补登记: visits registered without the three basics. Until completed they give nobody a claim on the
 * client (未登记视为新客户), so the supervisor chases them before the day's sheet is signed.
 */
export function IncompleteRegistrations() {
  const t = useT();
  const time = useOfficeTime();
  const visitorLabel = useVisitorLabel();
  const [list, setList] = useState<RegistrationView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<RegistrationView | null>(null);

  // A visit checked in anywhere changes the day (its version); a registration completed here is asked again.
  const version = useBoardStore((s) => s.board?.version ?? 0);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.listIncompleteRegistrations({ token }))
      .then((found) => live && (setList(found), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [version, asked]);

  if (error) {
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  }
  if (!list) return <p>{t('app.loading')}</p>;

  return (
    <section className="panel" aria-label={t('supervisor.registrations')}>
      {list.length === 0 && <p className="panel__empty">{t('registrations.empty')}</p>}
      <ul className="ops__list">
        {list.map((r) => {
          const label = visitorLabel(r.visitor);
          return (
            <li key={r.visitId} className="ops__row registrations__row">
              <span className="registrations__when">
                {time.day(r.arrivedAt)} {time.clock(r.arrivedAt)}
              </span>
              <span className="ops__name">{label}</span>
              {r.maskedPhone && <span className="registrations__phone">{r.maskedPhone}</span>}
              {r.receivedBy && <span>{t('registrations.receivedBy', { name: r.receivedBy })}</span>}
              <span className="registrations__missing">
                {t('registrations.missing', { missing: r.missing.join('、') })}
              </span>
              <button
                type="button"
                className="btn btn--primary"
                aria-label={t('registrations.completeFor', { label })}
                onClick={() => setOpen(r)}
              >
                {t('registrations.complete')}
              </button>
            </li>
          );
        })}
      </ul>
      {open && (
        <CompleteRegistrationDialog
          title={t('registrations.completeTitle', { label: visitorLabel(open.visitor) })}
          visitId={open.visitId}
          initial={{ ...emptyRegistration('', null), consent: open.consent, name: open.name ?? '' }}
          phoneHint={open.maskedPhone ? t('registrations.phoneOnFile', { phone: open.maskedPhone }) : undefined}
          onSaved={() => {
            toastStore.getState().show(t('registrations.saved', { label: visitorLabel(open.visitor) }));
            setOpen(null);
            setAsked((n) => n + 1);
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
