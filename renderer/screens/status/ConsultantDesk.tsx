import { useState } from 'react';
import type { ConsultantCard, ConsultantStatus } from '../../../electron/api/types';
import { useT, type MessageKey } from '../../i18n';
import { ClaimList } from './ClaimList';
import { MyAlerts } from './MyAlerts';
import { MyClients } from './MyClients';
import { StatusChoices, type Choosable } from './StatusChoices';

type Tab = 'status' | 'clients' | 'claim';
const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'status', label: 'desk.status' },
  { id: 'clients', label: 'desk.clients' },
  { id: 'claim', label: 'desk.claim' },
];

interface Props {
  person: ConsultantCard;
  pin: string;
  current: ConsultantStatus | null;
  busy: boolean;
  error: string | null;
  onStatus: (status: Choosable) => void;
  onPinRefused: (message: string) => void;
}

/** After their PIN, a consultant's own corner of the kiosk: status, their clients, a visitor to claim. */
export function ConsultantDesk({ person, pin, current, busy, error, onStatus, onPinRefused }: Props) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('status');
  return (
    <div className="desk">
      <MyAlerts person={person} pin={pin} onPinRefused={onPinRefused} />
      <div className="tabs desk__tabs" role="tablist" aria-label={t('desk.tabs')}>
        {TABS.map((x) => (
          <button
            key={x.id}
            id={`desk-tab-${x.id}`}
            type="button"
            role="tab"
            aria-selected={tab === x.id}
            aria-controls={`desk-panel-${x.id}`}
            className="tabs__tab"
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div id={`desk-panel-${tab}`} role="tabpanel" aria-labelledby={`desk-tab-${tab}`} className="desk__panel">
        {tab === 'status' && (
          <>
            <StatusChoices name={person.name} current={current} busy={busy} onChoose={onStatus} />
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
        {tab === 'clients' && <MyClients person={person} pin={pin} onPinRefused={onPinRefused} />}
        {tab === 'claim' && <ClaimList person={person} pin={pin} onPinRefused={onPinRefused} />}
      </div>
    </div>
  );
}
