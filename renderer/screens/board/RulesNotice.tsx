import { useEffect, useState } from 'react';
import type { RulesView } from '../../../electron/api/people-types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { Modal } from '../../components/Modal';
import { errorText } from '../../lib/errors';
import { useLocaleStore } from '../../stores/locale-store';

interface Props {
  /** What the chip says: the preset in force (规则:标准轮排). */
  label: string;
}

/**
 * The office's wall notice at the desk: anyone may tap the rules in force on the board and read
 * 客户归属与接待规则 — the same sentences the supervisor prints, from the same settings the software applies.
 */
export function RulesNotice({ label }: Props) {
  const t = useT();
  const lang = useLocaleStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<RulesView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api
      .readRules({})
      .then((v) => live && (setView(v), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [open]);

  const rules = view && (lang === 'en' ? view.en : view.zh);
  const office = view ? [view.officeName, view.projectName].filter((s) => s !== '').join(' · ') : '';

  return (
    <>
      <button type="button" className="btn btn--chip board-header__preset" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Modal title={t('people.rules.title')} onClose={() => setOpen(false)} wide>
          <div className="rules-notice">
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            {!rules && !error && <p>{t('app.loading')}</p>}
            {rules && (
              <>
                <p className="rules-notice__office">
                  {office && <span>{office} · </span>}
                  {rules.preset}
                </p>
                {rules.sections.map((s) => (
                  <section key={s.id} aria-label={s.title}>
                    <h3 className="rules-notice__title">{s.title}</h3>
                    <ol className="rules-notice__lines">
                      {s.lines.map((l) => (
                        <li key={l.text}>{l.text}</li>
                      ))}
                    </ol>
                  </section>
                ))}
              </>
            )}
          </div>
          <div className="form__actions">
            <button type="button" className="btn btn--primary" onClick={() => setOpen(false)}>
              {t('app.close')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
