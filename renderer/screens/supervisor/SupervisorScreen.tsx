import { useState, type ComponentType } from 'react';
import type { MethodName } from '../../../electron/api/contract';
import { useT, type MessageKey } from '../../i18n';
import { ScreenHeader } from '../../components/ScreenHeader';
import { navStore, sessionStore, useSessionStore } from '../../stores';
import { AuditLogPanel } from './audit/AuditLogPanel';
import { BackupsPanel } from './backups/BackupsPanel';
import { IncompleteRegistrations } from './clients/IncompleteRegistrations';
import { LanPanel } from './lan/LanPanel';
import { PersonDataPanel } from './privacy/PersonDataPanel';
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
    { id: 'roster', label: 'supervisor.roster', Panel: RosterEditor, opensWith: 'getRoster' },
    { id: 'queue', label: 'supervisor.queue', Panel: QueueOps, opensWith: 'reorderQueue' },
    { id: 'log', label: 'supervisor.log', Panel: DayLog, opensWith: 'getDayLog' },
    {
      id: 'registrations',
      label: 'supervisor.registrations',
      Panel: IncompleteRegistrations,
      opensWith: 'listIncompleteRegistrations',
    },
  ],
  [
    { id: 'ownership', label: 'supervisor.ownership', Panel: OwnerOverride, opensWith: 'overrideOwner' },
    { id: 'disputes', label: 'disputes.tab', Panel: DisputesScreen, opensWith: 'listClashes' },
  ],
  [
    { id: 'sheet', label: 'dailySheet.tab', Panel: DailySheetPanel, opensWith: 'getDailySheet' },
    { id: 'reports', label: 'reports.tab', Panel: ReportsPanel, opensWith: 'getReport' },
    { id: 'exchange', label: 'exchange.tab', Panel: ExchangePanel, opensWith: 'exportRecords' },
  ],
  [
    { id: 'staff', label: 'supervisor.staff', Panel: StaffManager, opensWith: 'listStaff' },
    { id: 'policy', label: 'supervisor.policy', Panel: PolicyEditor, opensWith: 'getPolicy' },
    { id: 'office', label: 'people.tab', Panel: OfficeSettings, opensWith: 'getOfficeProfile' },
    { id: 'backups', label: 'backups.tab', Panel: BackupsPanel, opensWith: 'listBackups' },
    { id: 'audit', label: 'audit.tab', Panel: AuditLogPanel, opensWith: 'listAuditLog' },
    { id: 'privacy', label: 'privacy.tab', Panel: PersonDataPanel, opensWith: 'findPersonData' },
    { id: 'lan', label: 'lan.tab', Panel: LanPanel, opensWith: 'setLanServing' },
  ],
] as const satisfies readonly (readonly {
  id: string;
  label: MessageKey;
  Panel: ComponentType;
  opensWith: MethodName;
}[])[];

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
  const isAdmin = useSessionStore((s) => s.session?.consultant.role === 'admin');
  const methods = useSessionStore((s) => s.session?.methods);
  const [tab, setTab] = useState<TabId>('roster');
  // A tab shows when the signed-in role may call the method it opens with; the backend checks every call anyway.
  const groups = TAB_GROUPS.map((g) => g.filter((x) => methods?.includes(x.opensWith))).filter((g) => g.length > 0);
  const home = () => navStore.getState().go('board');
  const signOut = () => {
    void sessionStore.getState().signOut();
    home();
  };
  const active = TABS.find((x) => x.id === tab) ?? TAB_GROUPS[0][0];

  return (
    <div className="screen">
      <ScreenHeader
        title={
          name
            ? t(isAdmin ? 'supervisor.titleSignedInAdmin' : 'supervisor.titleSignedIn', { name })
            : t('supervisor.signIn')
        }
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
            {groups.map((group) => (
              <div key={group.map((x) => x.id).join()} className="tabs__group" role="presentation">
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
