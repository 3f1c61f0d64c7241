import { useId } from 'react';
import type { ConsultantCard } from '../../electron/api/types';
import { useT } from '../i18n';
import { Avatar } from './Avatar';

interface Props {
  receivedBy: ConsultantCard | null;
  owner: ConsultantCard | null;
  returning: boolean;
  standIn: boolean;
  turnConsumed: boolean;
}

/** 接待 and 归属 side by side, large: the two answers the desk and the consultants need from across the room. */
export function ReceptionVerdict({ receivedBy, owner, returning, standIn, turnConsumed }: Props) {
  const t = useT();
  const id = useId();
  // Waiting for the rotation: nobody receives yet, and whoever does will own — nothing to show but the wait.
  if (!receivedBy && !owner) return null;
  return (
    <div className="verdict">
      <div className="verdict__side" role="group" aria-labelledby={`${id}-receives`}>
        <span className="verdict__role" id={`${id}-receives`}>
          {t('checkIn.decision.receives')}
        </span>
        {receivedBy ? (
          <div className="verdict__person">
            <Avatar person={receivedBy} size="xl" />
            <span className="verdict__name">{receivedBy.name}</span>
          </div>
        ) : (
          <p className="verdict__name verdict__name--none">{t('checkIn.decision.nobody')}</p>
        )}
        {receivedBy && (
          <div className="verdict__tags">
            {standIn && <span className="tag tag--standin">{t('checkIn.decision.standIn')}</span>}
            <span className={`tag ${turnConsumed ? 'tag--turn' : 'tag--kept'}`}>
              {turnConsumed ? t('board.turnUsed') : t('board.turnKept')}
            </span>
          </div>
        )}
      </div>
      <div className="verdict__side" role="group" aria-labelledby={`${id}-owns`}>
        <span className="verdict__role" id={`${id}-owns`}>
          {t('checkIn.decision.owns')}
        </span>
        {owner ? (
          <div className="verdict__person">
            <Avatar person={owner} size="xl" />
            <span className="verdict__name">{owner.name}</span>
          </div>
        ) : (
          <p className="verdict__name verdict__name--none">{t('checkIn.decision.nobody')}</p>
        )}
        <div className="verdict__tags">
          <span className={`tag ${returning ? 'tag--returning' : 'tag--new'}`}>
            {returning ? t('checkIn.decision.returning') : t('checkIn.decision.newClient')}
          </span>
        </div>
      </div>
    </div>
  );
}
