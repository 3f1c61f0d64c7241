import { useState } from 'react';
import type { Role, StaffMember } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { DialogActions } from '../../../components/DialogActions';
import { Modal } from '../../../components/Modal';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { errorText } from '../../../lib/errors';
import { sessionStore, useSessionStore } from '../../../stores';
import { PhotoInput } from './PhotoInput';
import { PinField, TextField } from '../../../components/TextField';

interface Props {
  member: StaffMember | null;
  onSaved: (saved: StaffMember) => void;
  onClose: () => void;
}

const PIN = /^\d{4,6}$/;

/** Add or edit a consultant: name, phone, role, photo, and a PIN set (new) or reset (existing). */
export function StaffForm({ member, onSaved, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(member?.name ?? '');
  const [phone, setPhone] = useState(member?.phone ?? '');
  const [role, setRole] = useState<Role>(member?.role ?? 'consultant');
  const [photo, setPhoto] = useState<string | null>(member?.photo ?? null);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Only an admin makes or edits an admin (the backend refuses it too).
  const isAdmin = useSessionStore((s) => s.session?.consultant.role === 'admin');
  const roles: Role[] = isAdmin ? ['consultant', 'supervisor', 'admin'] : ['consultant', 'supervisor'];

  const save = async () => {
    if (pin !== '' || member === null) {
      if (!PIN.test(pin)) return setError(t('staff.pinFormat'));
      if (pin !== pinAgain) return setError(t('setup.pinMismatch'));
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await sessionStore
        .getState()
        .authorized((token) =>
          api.saveConsultant({ token, id: member?.id ?? null, name, phone, role, photo, pin: pin === '' ? null : pin }),
        );
      onSaved(saved);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={member ? t('staff.editTitle', { name: member.name }) : t('staff.addTitle')} onClose={onClose} wide>
      <form className="form" onSubmit={(e) => (e.preventDefault(), void save())}>
        <div className="form__row">
          <TextField label={t('staff.name')} value={name} maxLength={40} required autoFocus onChange={setName} />
          <TextField label={t('staff.phone')} value={phone} maxLength={30} inputMode="tel" onChange={setPhone} />
        </div>
        <SegmentedChoice<Role>
          className="field"
          label={t('staff.role')}
          question={<span className="field__label">{t('staff.role')}</span>}
          choices={roles.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }))}
          value={role}
          onChange={setRole}
        />
        <PhotoInput name={name} photo={photo} onChange={setPhoto} />
        <div className="form__row">
          <PinField
            label={member ? t('staff.pinReset') : t('staff.pin')}
            value={pin}
            required={member === null}
            onChange={setPin}
          />
          <PinField
            label={t('setup.pinAgain')}
            value={pinAgain}
            required={member === null || pin !== ''}
            onChange={setPinAgain}
          />
        </div>
        <DialogActions confirmLabel={t('app.save')} onCancel={onClose} disabled={busy} error={error} />
      </form>
    </Modal>
  );
}
