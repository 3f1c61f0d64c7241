import { useEffect, useState } from 'react';
import type { StaffMember } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { Avatar } from '../../../components/Avatar';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { errorText } from '../../../lib/errors';
import { sessionStore, toastStore } from '../../../stores';
import { StaffForm } from './StaffForm';

type Editing = { kind: 'edit'; member: StaffMember | null } | { kind: 'depart'; member: StaffMember };

/** 顾问管理: the office's people — add, edit, reset a PIN, record a departure (离职). */
export function StaffManager() {
  const t = useT();
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);

  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.listStaff({ token }))
      .then((list) => live && (setStaff(list), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [reloads]);

  // Departed people stay listed, last and greyed: their history still refers to them.
  const sorted = [...(staff ?? [])].sort((a, b) => Number(b.active) - Number(a.active));

  return (
    <div className="staff">
      <div className="staff__bar">
        <button
          type="button"
          className="btn btn--primary btn--xl"
          onClick={() => setEditing({ kind: 'edit', member: null })}
        >
          {t('staff.add')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="staff__list" aria-label={t('supervisor.staff')}>
        {sorted.map((m) => (
          <li key={m.id} className={`staff__row ${m.active ? '' : 'staff__row--departed'}`}>
            <Avatar person={m} size="md" />
            <span className="staff__name">{m.name}</span>
            <span className="staff__role">{t(`staff.roles.${m.role}`)}</span>
            <span className="staff__phone">{m.phone ?? '—'}</span>
            {m.active ? (
              <>
                <button
                  type="button"
                  className="btn btn--secondary"
                  aria-label={t('staff.editFor', { name: m.name })}
                  onClick={() => setEditing({ kind: 'edit', member: m })}
                >
                  {t('staff.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn--danger"
                  aria-label={t('staff.departFor', { name: m.name })}
                  onClick={() => setEditing({ kind: 'depart', member: m })}
                >
                  {t('staff.depart')}
                </button>
              </>
            ) : (
              <span className="tag tag--departed">{t('staff.departed')}</span>
            )}
          </li>
        ))}
      </ul>
      {editing?.kind === 'edit' && (
        <StaffForm
          member={editing.member}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            toastStore.getState().show(t('staff.saved', { name: saved.name }));
            setEditing(null);
            reload();
          }}
        />
      )}
      {editing?.kind === 'depart' && (
        <ReasonDialog
          title={t('staff.departTitle', { name: editing.member.name })}
          confirmLabel={t('staff.depart')}
          onClose={() => setEditing(null)}
          onConfirm={async (note) => {
            await sessionStore
              .getState()
              .authorized((token) => api.deactivateConsultant({ token, id: editing.member.id, note }));
            toastStore.getState().show(t('staff.departedDone', { name: editing.member.name }));
            reload();
          }}
        />
      )}
    </div>
  );
}
