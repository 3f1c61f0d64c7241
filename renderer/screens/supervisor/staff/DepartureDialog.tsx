import { useEffect, useState } from 'react';
import type { DeparturePreview } from '../../../../electron/api/people-types';
import type { StaffMember } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { ConsultantGrid } from '../../../components/ConsultantGrid';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { errorText } from '../../../lib/errors';
import { sessionStore, toastStore } from '../../../stores';

type Destination = 'successor' | 'pool';

interface Props {
  member: StaffMember;
  onClose: () => void;
  onDone: () => void;
}

/**
 * 离职: how many clients move, where the office's rule sends them, and the supervisor's choice —
 * a successor from the people on the books, or back to the office pool — with the reason on file.
 */
export function DepartureDialog({ member, onClose, onDone }: Props) {
  const t = useT();
  const [preview, setPreview] = useState<DeparturePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [destination, setDestination] = useState<Destination>('pool');
  const [successorId, setSuccessorId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.previewDeparture({ token, id: member.id }))
      .then((p) => live && (setPreview(p), setDestination(p.rule)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [member.id]);

  const successor = preview?.successors.find((p) => p.id === successorId) ?? null;
  const ready = preview !== null && (destination === 'pool' || successor !== null);

  const confirm = async (note: string) => {
    if (!preview) return;
    const chosen = destination === 'successor' ? successor : null;
    await sessionStore
      .getState()
      .authorized((token) => api.deactivateConsultant({ token, id: member.id, note, successorId: chosen?.id ?? null }));
    const n = preview.clientCount;
    toastStore
      .getState()
      .show(
        chosen
          ? t('people.depart.done', { name: member.name, n, to: chosen.name })
          : t('people.depart.donePool', { name: member.name, n }),
      );
    onDone();
  };

  return (
    <ReasonDialog
      title={t('people.depart.title', { name: member.name })}
      confirmLabel={t('people.depart.confirm')}
      onConfirm={confirm}
      onClose={onClose}
      ready={ready}
    >
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!preview && !error && <p>{t('app.loading')}</p>}
      {preview && (
        <div className="departure">
          <p className="departure__count" aria-live="polite">
            {preview.clientCount > 0
              ? t('people.depart.clients', { name: member.name, n: preview.clientCount })
              : t('people.depart.noClients', { name: member.name })}
          </p>
          <p className="departure__rule">
            {t('people.depart.rule', { rule: t(`people.depart.rules.${preview.rule}`) })}
          </p>
          <ChoiceGroup<Destination>
            label={t('people.depart.to')}
            showLabel
            size="lg"
            value={destination}
            onChange={setDestination}
            choices={[
              { value: 'successor', label: t('people.depart.successor') },
              { value: 'pool', label: t('people.depart.pool') },
            ]}
          />
          {destination !== preview.rule && <p className="departure__against">{t('people.depart.againstRule')}</p>}
          {destination === 'successor' && (
            <ConsultantGrid
              label={t('people.depart.pickSuccessor')}
              people={preview.successors}
              selectedId={successorId}
              onPick={(p) => setSuccessorId(p.id)}
            />
          )}
        </div>
      )}
    </ReasonDialog>
  );
}
