import { useT } from '../../../i18n';
import { useImportStore } from '../../../stores';
import type { ImportStep } from '../../../stores/import-store';
import { ImportDone } from './ImportDone';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';

const STEPS: ImportStep[] = ['file', 'mapping', 'preview', 'done'];

/** 导入: file → columns → preview (a dry run, nothing written) → import, in one place. */
export function ImportWizard() {
  const t = useT();
  const step = useImportStore((s) => s.step);
  const error = useImportStore((s) => s.error);
  const at = STEPS.indexOf(step);
  return (
    <div className="panel exchange__card exchange__import">
      <h2 className="panel__title">{t('exchange.import.title')}</h2>
      <ol className="exchange__steps" aria-label={t('exchange.import.steps.label')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={i < at ? 'exchange__step exchange__step--done' : 'exchange__step'}
            aria-current={s === step ? 'step' : undefined}
          >
            <span className="exchange__step-n">{i + 1}</span> {t(`exchange.import.steps.${s}`)}
          </li>
        ))}
      </ol>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {step === 'file' && <ImportFileStep />}
      {step === 'mapping' && <ImportMappingStep />}
      {step === 'preview' && <ImportPreviewStep />}
      {step === 'done' && <ImportDone />}
    </div>
  );
}
