import { useState } from 'react';
import type { ArrivalDecision } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../components/ScreenHeader';
import { navStore } from '../../stores';
import { ArrivalForm } from './ArrivalForm';
import { DecisionView } from './DecisionView';

/** A visitor group walks in: register it and show who receives them. */
export function ArrivalScreen() {
  const t = useT();
  const [decision, setDecision] = useState<ArrivalDecision | null>(null);
  const home = () => navStore.getState().go('board');
  return (
    <div className="screen">
      <ScreenHeader title={t('arrival.title')} onBack={home} />
      <main className="screen__body">
        {decision ? <DecisionView decision={decision} onDone={home} /> : <ArrivalForm onDecided={setDecision} />}
      </main>
    </div>
  );
}
