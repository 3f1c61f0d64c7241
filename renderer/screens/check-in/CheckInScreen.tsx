import { useEffect } from 'react';
import { useT } from '../../i18n';
import { ScreenHeader } from '../../components/ScreenHeader';
import { checkInStore, navStore, useBoardStore, useCheckInStore } from '../../stores';
import { DecisionStep } from './DecisionStep';
import { QuestionsStep } from './QuestionsStep';
import { RegisterStep } from './RegisterStep';
import { ResultStep } from './ResultStep';
import { StepBar } from './StepBar';

/** A visitor group walks in: first questions, registration with live candidates, decision, result. */
export function CheckInScreen() {
  const t = useT();
  const step = useCheckInStore((s) => s.step);
  const version = useBoardStore((s) => s.board?.version ?? 0);
  const home = () => {
    checkInStore.getState().reset();
    navStore.getState().go('board');
  };

  // The decision shown must be the one the rules would make now: the queue may move while the desk talks.
  useEffect(() => {
    void checkInStore.getState().refreshPreview();
  }, [version]);

  return (
    <div className="screen">
      <ScreenHeader title={t('checkIn.title')} onBack={home}>
        <StepBar />
      </ScreenHeader>
      <main className="screen__body check-in">
        {step === 'questions' && <QuestionsStep />}
        {step === 'register' && <RegisterStep />}
        {step === 'decision' && <DecisionStep />}
        {step === 'result' && <ResultStep onDone={home} />}
      </main>
    </div>
  );
}
