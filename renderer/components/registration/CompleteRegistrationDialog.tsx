import { useRef, useState } from 'react';
import type { RegistrationView } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { errorText } from '../../lib/errors';
import { registrationInput, type RegistrationDraft } from '../../lib/registration';
import { DialogActions } from '../DialogActions';
import { Modal } from '../Modal';
import { ConsentQuestion } from './ConsentQuestion';
import { RegistrationExtras } from './RegistrationExtras';
import { RegistrationFields } from './RegistrationFields';

interface Props {
  title: string;
  visitId: number;
  initial: RegistrationDraft;
  phoneHint?: string;
  onSaved: (view: RegistrationView) => void;
  onClose: () => void;
}

/**
 * 补登记: the whole registration of a visit, saved at once; with the three basics it becomes the
 * evidence of ownership it was not when the visitor came in.
 */
export function CompleteRegistrationDialog({ title, visitId, initial, phoneHint, onSaved, onClose }: Props) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const edit = (patch: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = () => form.current?.requestSubmit();

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const view = await api.completeRegistration({ visitId, registration: registrationInput(draft) });
      if (view.complete) return onSaved(view);
      setError(t('checkIn.result.stillMissing', { missing: view.missing.join('、') }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={title} onClose={onClose} wide>
      <form
        ref={form}
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void save();
        }}
      >
        {/* A visit registered without the visitor's answer (before the notice was asked) gets it now. */}
        {initial.consent === null && (
          <ConsentQuestion value={draft.consent} onAnswer={(consent) => edit({ consent })} onEnter={submit} />
        )}
        <RegistrationFields value={draft} onChange={edit} onEnter={submit} autoFocus phoneHint={phoneHint} />
        <RegistrationExtras value={draft} onChange={edit} onEnter={submit} />
        <DialogActions confirmLabel={t('checkIn.result.save')} onCancel={onClose} disabled={busy} error={error} />
      </form>
    </Modal>
  );
}
