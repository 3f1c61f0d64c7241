import { useRef } from 'react';
import { useT } from '../../i18n';
import { RegistrationExtras } from '../../components/registration/RegistrationExtras';
import { RegistrationFields } from '../../components/registration/RegistrationFields';
import { checkInStore, useCheckInStore } from '../../stores';
import { CandidatesPanel } from './CandidatesPanel';

/** 来访登记, with the clients on file who may be this visitor shown beside the form as it is typed. */
export function RegisterStep() {
  const t = useT();
  const registration = useCheckInStore((s) => s.registration);
  const busy = useCheckInStore((s) => s.busy);
  const error = useCheckInStore((s) => s.error);
  const anonymous = registration.consent === 'declined';
  const form = useRef<HTMLFormElement>(null);
  const { edit, goTo } = checkInStore.getState();
  const submit = () => form.current?.requestSubmit();

  return (
    <div className="register">
      <form
        ref={form}
        className="form register__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void checkInStore.getState().toDecision();
        }}
      >
        <RegistrationFields value={registration} onChange={edit} onEnter={submit} autoFocus anonymous={anonymous} />
        <RegistrationExtras value={registration} onChange={edit} onEnter={submit} anonymous={anonymous} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="form__actions form__actions--sticky">
          <button type="button" className="btn btn--secondary btn--xl" onClick={() => goTo('questions')}>
            {t('checkIn.back')}
          </button>
          <button type="submit" className="btn btn--primary btn--xl" disabled={busy}>
            {t('checkIn.toDecision')}
          </button>
        </div>
      </form>
      {anonymous ? (
        <section className="panel candidates" aria-label={t('pipl.consent.anonymousForm')}>
          <p className="notice consent__anonymous" role="note">
            {t('pipl.consent.anonymous')}
          </p>
        </section>
      ) : (
        <CandidatesPanel />
      )}
    </div>
  );
}
