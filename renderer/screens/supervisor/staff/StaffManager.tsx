import { useEffect, useState } from 'react';
import type { StaffMember } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { Avatar } from '../../../components/Avatar';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, toastStore } from '../../../stores';
import { DepartureDialog } from './DepartureDialog';
import { StaffForm } from './StaffForm';

type Editing = { kind: 'edit'; member: StaffMember | null } | { kind: 'depart'; member: StaffMember };

type Shown = 'active' | 'departed';

/** 顾问管理: the office's people — add, edit, reset a PIN, record a departure (离职). */
export function StaffManager() {
  const t = useT();
  const time = useOfficeTime();
  const [shown, setShown] = useState<Shown>('active');
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

  // Departed people stay on file under 已离职: their history still refers to them.
  const listed = (staff ?? []).filter((m) => m.active === (shown === 'active'));

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
        <ChoiceGroup<Shown>
          label={t('people.staff.show')}
          value={shown}
          onChange={setShown}
          choices={[
            { value: 'active', label: t('people.staff.active') },
            { value: 'departed', label: t('people.staff.departed') },
          ]}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="staff__list" aria-label={t('supervisor.staff')}>
        {shown === 'departed' && listed.length === 0 && staff !== null && (
          <li className="panel__empty">{t('people.staff.noneDeparted')}</li>
        )}
        {listed.map((m) => (
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
              <>
                <span className="tag tag--departed">
                  {m.departedAt === null
                    ? t('staff.departed')
                    : t('people.staff.departedOn', { date: time.day(m.departedAt) })}
                </span>
                <span className="staff__handed">
                  {m.successor
                    ? t('people.staff.handedTo', { n: m.clientsMoved, name: m.successor.name })
                    : t('people.staff.handedToPool', { n: m.clientsMoved })}
                </span>
              </>
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
        <DepartureDialog member={editing.member} onClose={() => setEditing(null)} onDone={reload} />
      )}
    </div>
  );
}
