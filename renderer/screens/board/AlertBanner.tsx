import type { ConsultantCard, OwnerAlert } from '../../../electron/api/types';
import { Avatar } from '../../components/Avatar';
import { useT } from '../../i18n';
import { useOfficeTime } from '../../lib/use-office-time';
import { useVisitorLabel } from '../../lib/use-visitor-label';

interface Props {
  alert: OwnerAlert;
  owner: Pick<ConsultantCard, 'name' | 'initials' | 'photo'>;
  onAcknowledge: () => void;
}

/**
 * 您的客户到访 on the owner's card: who, masked, how many, who is receiving them — until the owner
 * taps it and confirms with their PIN.
 */
export function AlertBanner({ alert: a, owner, onAcknowledge }: Props) {
  const t = useT();
  const time = useOfficeTime();
  const visitorLabel = useVisitorLabel();
  const label = visitorLabel(a.visitor);
  const facts = [
    label,
    a.maskedPhone,
    t('alerts.party', { n: a.partySize }),
    a.receivedBy ? t('alerts.receivedBy', { name: a.receivedBy }) : t('alerts.waiting'),
  ].filter(Boolean);

  return (
    <button
      type="button"
      className={`alert-banner alert-banner--${a.kind}`}
      aria-label={`${owner.name} · ${t(`alerts.${a.kind}`)} · ${facts.join(' · ')} · ${t('alerts.tapToAck')}`}
      onClick={onAcknowledge}
    >
      <Avatar person={owner} size="lg" />
      <span className="alert-banner__text">
        <span className="alert-banner__head">
          <span className="alert-banner__owner">{owner.name}</span>
          <span className="alert-banner__kind">{t(`alerts.${a.kind}`)}</span>
          <time className="alert-banner__time">{time.clock(a.at)}</time>
          <span className="alert-banner__ack">{t('alerts.tapToAck')}</span>
        </span>
        <span className="alert-banner__facts">
          {facts.map((f, i) => (
            <span key={i} className="alert-banner__fact">
              {f}
            </span>
          ))}
        </span>
      </span>
    </button>
  );
}
