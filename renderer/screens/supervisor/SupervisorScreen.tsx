import { useState, type ComponentType } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { ScreenHeader } from '../../components/ScreenHeader';
import { navStore, sessionStore, useSessionStore } from '../../stores';
import { AuditLogPanel } from './audit/AuditLogPanel';
import { BackupsPanel } from './backups/BackupsPanel';
import { IncompleteRegistrations } from './clients/IncompleteRegistrations';
import { OwnerOverride } from './clients/OwnerOverride';
import { DisputesScreen } from './disputes/DisputesScreen';
import { DayLog } from './log/DayLog';
import { ExchangePanel } from './exchange/ExchangePanel';
import { DailySheetPanel } from './sheet/DailySheetPanel';
import { PolicyEditor } from './policy/PolicyEditor';
import { QueueOps } from './queue/QueueOps';
import { ReportsPanel } from './reports/ReportsPanel';
import { RosterEditor } from './roster/RosterEditor';
import { OfficeSettings } from './settings/OfficeSettings';
import { StaffManager } from './staff/StaffManager';
import { SupervisorSignIn } from './SupervisorSignIn';

/** Four groups, each kept whole on a row: the day, clients, records, the office. */
const TAB_GROUPS = [
  [
    { id: 'roster', label: 'supervisor.roster', Panel: RosterEditor },
    { id: 'queue', label: 'supervisor.queue', Panel: QueueOps },
    { id: 'log', label: 'supervisor.log', Panel: DayLog },
    { id: 'registrations', label: 'supervisor.registrations', Panel: IncompleteRegistrations },
  ],
  [
    { id: 'ownership', label: 'supervisor.ownership', Panel: OwnerOverride },
    { id: 'disputes', label: 'disputes.tab', Panel: DisputesScreen },
  ],
  [
    { id: 'sheet', label: 'dailySheet.tab', Panel: DailySheetPanel },
    { id: 'reports', label: 'reports.tab', Panel: ReportsPanel },
    { id: 'exchange', label: 'exchange.tab', Panel: ExchangePanel },
  ],
  [
    { id: 'staff', label: 'supervisor.staff', Panel: StaffManager },
    { id: 'policy', label: 'supervisor.policy', Panel: PolicyEditor },
    { id: 'office', label: 'people.tab', Panel: OfficeSettings },
    { id: 'backups', label: 'backups.tab', Panel: BackupsPanel },
    { id: 'audit', label: 'audit.tab', Panel: AuditLogPanel },
  ],
] as const satisfies readonly (readonly { id: string; label: MessageKey; Panel: ComponentType }[])[];

const TABS = TAB_GROUPS.flat();

type TabId = (typeof TABS)[number]['id'];

/**
 * The supervisor's desk, its tabs in four groups: the day (roster, queue acts, log, registrations to complete),
 * clients (ownership, clashes and splits), records (the daily sheet, reports, import/export) and the office
 * (staff, rules, profile, backups).
 */
export function SupervisorScreen() {
  const t = useT();
  const name = useSessionStore((s) => s.session?.consultant.name ?? null);
  const [tab, setTab] = useState<TabId>('roster');
  const home = () => navStore.getState().go('board');
  const signOut = () => {
    void sessionStore.getState().signOut();
    home();
  };
  const active = TABS.find((x) => x.id === tab) ?? TAB_GROUPS[0][0];

  return (
    <div className="screen">
      <ScreenHeader
        title={name ? t('supervisor.titleSignedIn', { name }) : t('supervisor.signIn')}
        onBack={home}
        backLabel={t('supervisor.toBoard')}
      >
        {name && (
          <button type="button" className="btn btn--secondary" onClick={signOut}>
            {t('supervisor.signOut')}
          </button>
        )}
      </ScreenHeader>
      {name ? (
        <>
          <div className="tabs" role="tablist" aria-label={t('supervisor.title')}>
            {TAB_GROUPS.map((group) => (
              <div key={group[0].id} className="tabs__group" role="presentation">
                {group.map((x) => (
                  <button
                    key={x.id}
                    id={`tab-${x.id}`}
                    type="button"
                    role="tab"
                    aria-selected={tab === x.id}
                    aria-controls={`panel-${x.id}`}
                    className="tabs__tab"
                    onClick={() => setTab(x.id)}
                  >
                    {t(x.label)}
                  </button>
                ))}
              </div>
            ))}
          </div>
          <main id={`panel-${active.id}`} role="tabpanel" aria-labelledby={`tab-${active.id}`} className="screen__body">
            <active.Panel />
          </main>
        </>
      ) : (
        <main className="screen__body screen__body--center">
          <SupervisorSignIn />
        </main>
      )}
    </div>
  );
}
