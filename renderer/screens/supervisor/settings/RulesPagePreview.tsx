import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { printHtml } from '../../../lib/print-html';
import { sessionStore } from '../../../stores';
import { useLocaleStore } from '../../../stores/locale-store';

interface Props {
  /** Bumped when something printed on the page changed (the office's names). */
  version: number;
}

/** 客户归属与接待规则: the wall notice as it will print, generated from the rules in force, and 打印. */
export function RulesPagePreview({ version }: Props) {
  const t = useT();
  const lang = useLocaleStore((s) => (s.lang === 'en' ? 'en' : 'zh'));
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.getRulesPage({ token, lang }))
      .then((page) => live && (setHtml(page.html), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [lang, version]);

  return (
    <section className="panel rules-page" aria-label={t('people.rules.title')}>
      <div className="rules-page__bar">
        <div>
          <h2 className="panel__title">{t('people.rules.title')}</h2>
          <p className="rules-page__hint">{t('people.rules.hint')}</p>
        </div>
        <button
          type="button"
          className="btn btn--primary btn--xl"
          disabled={html === null}
          onClick={() => html !== null && void printHtml(html)}
        >
          {t('people.rules.print')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {html !== null && (
        // The page may not run scripts: it is the office's own text, shown as it will print.
        <iframe className="rules-page__preview" title={t('people.rules.preview')} sandbox="" srcDoc={html} />
      )}
    </section>
  );
}
