import { useState } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useLocaleStore } from '../../stores/locale-store';
import { sessionStore } from '../../stores';
import { PinField, TextField } from '../../components/TextField';

const PIN = /^\d{4,6}$/;

/** First start: the office names itself and creates its first supervisor, who stays signed in. */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  const t = useT();
  const toggle = useLocaleStore((s) => s.toggle);
  const [officeName, setOfficeName] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!PIN.test(pin)) return setError(t('staff.pinFormat'));
    if (pin !== pinAgain) return setError(t('setup.pinMismatch'));
    setBusy(true);
    setError(null);
    try {
      sessionStore.getState().adopt(await api.setupOffice({ officeName, name, pin }));
      onDone();
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <main className="setup">
      <button type="button" className="btn btn--chip setup__lang" onClick={toggle}>
        {t('app.language')}
      </button>
      <form className="form setup__form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <h1 className="setup__title">{t('setup.title')}</h1>
        <p className="setup__intro">{t('setup.intro')}</p>
        <TextField
          label={t('setup.officeName')}
          value={officeName}
          maxLength={60}
          required
          autoFocus
          onChange={setOfficeName}
        />
        <TextField label={t('setup.name')} value={name} maxLength={40} required onChange={setName} />
        <div className="form__row">
          <PinField label={t('setup.pin')} value={pin} required onChange={setPin} />
          <PinField label={t('setup.pinAgain')} value={pinAgain} required onChange={setPinAgain} />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn--primary btn--xl" disabled={busy}>
          {t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
