import type { ReactNode } from 'react';
import type { CandidateView } from '../../electron/api/types';
import { useT } from '../i18n';
import { useOfficeTime } from '../lib/use-office-time';
import { Avatar } from './Avatar';
import { PhoneReveal } from './PhoneReveal';
import { ProtectionTag } from './ProtectionTag';
import { ReasonList } from './ReasonList';

interface Props {
  candidate: CandidateView;
  selected?: boolean;
  ruledOut?: boolean;
  compact?: boolean;
  /** How sure the match is: shown beside the check-in form, not in a plain search for a client. */
  showLevel?: boolean;
  /** The card's buttons: 是此人 / 不是此人, or a pick. */
  children?: ReactNode;
  /** 显示号码, where the viewer's role may see the whole number (the supervisor's client views). */
  revealPhones?: () => Promise<string[]>;
}

/**
 * A client on file who may be this visitor: who they are (masked), whose client, whether still
 * protected, when last seen, and why the kiosk thinks it is them.
 */
export function CandidateCard(props: Props) {
  const { candidate: c, selected = false, ruledOut = false, compact = false, showLevel = true } = props;
  const { children, revealPhones } = props;
  const t = useT();
  const time = useOfficeTime();
  const owner = c.owner;
  return (
    <article
      className={`candidate candidate--${c.level} ${selected ? 'candidate--selected' : ''} ${ruledOut ? 'candidate--out' : ''}`}
      aria-label={c.name}
    >
      <div className="candidate__head">
        {(showLevel || ruledOut) && (
          <span className={`tag tag--${c.level}`}>
            {ruledOut ? t('checkIn.candidates.ruledOut') : t(`checkIn.candidates.${c.level}`)}
          </span>
        )}
        <span className="candidate__name">{c.name}</span>
        {revealPhones ? (
          <PhoneReveal masked={c.maskedPhones} name={c.name} reveal={revealPhones} />
        ) : (
          <span className="candidate__phones">{c.maskedPhones.join(' / ')}</span>
        )}
        {c.household && <span className="tag tag--household">{t('checkIn.candidates.household')}</span>}
        <span className="candidate__ref">{c.ref}</span>
      </div>
      <div className="candidate__owner">
        {owner ? (
          <>
            <Avatar person={owner} size="sm" />
            <span className="candidate__owner-name">
              {t('checkIn.candidates.owner', {
                name: c.ownerActive ? owner.name : t('checkIn.candidates.departed', { name: owner.name }),
              })}
            </span>
          </>
        ) : (
          <span className="candidate__owner-name">{t('checkIn.candidates.noOwner')}</span>
        )}
        <ProtectionTag until={c.protectedUntil} isProtected={c.isProtected} />
        {c.lastVisitAt !== null && (
          <span className="candidate__when">
            {t('checkIn.candidates.lastVisit', { date: time.day(c.lastVisitAt) })}
          </span>
        )}
      </div>
      {!compact && <ReasonList reasons={c.reasons} className="reasons--small reasons--inline" />}
      {children && <div className="candidate__actions">{children}</div>}
    </article>
  );
}
