import { useT, useBilingual } from '../../i18n';
import { useOfficeTime } from '../../lib/use-office-time';
import { useServerNow } from '../../lib/use-server-now';
import { useLocaleStore } from '../../stores/locale-store';
import { sessionStore, useBoardStore, useSessionStore } from '../../stores';
import { RulesNotice } from './RulesNotice';

/** Office, rules in force, date and time, language — what someone glancing at the board needs first. */
export function BoardHeader() {
  const t = useT();
  const time = useOfficeTime();
  const text = useBilingual();
  const lang = useLocaleStore((s) => s.lang);
  const toggle = useLocaleStore((s) => s.toggle);
  const officeName = useBoardStore((s) => s.board?.officeName ?? '');
  const preset = useBoardStore((s) => s.board?.preset);
  const lunch = useBoardStore((s) => s.board?.lunch);
  const supervisor = useSessionStore((s) => s.session?.consultant.name);
  const now = useServerNow(5_000);

  return (
    <header className="board-header">
      <div className="board-header__office">
        <span className="board-header__name">{officeName || t('app.title')}</span>
        {preset && <RulesNotice label={t('board.preset', { name: text(preset) })} />}
        {lunch && <span className="board-header__lunch">{t('board.lunch', lunch)}</span>}
      </div>
      <div className="board-header__right">
        {supervisor && (
          <button type="button" className="btn btn--chip" onClick={() => void sessionStore.getState().signOut()}>
            {t('board.signedIn', { name: supervisor })}
          </button>
        )}
        <div className="board-header__clock">
          <time className="board-header__time">{time.clock(now)}</time>
          <span className="board-header__date">{time.date(now)}</span>
        </div>
        <button type="button" className="btn btn--chip" lang={lang === 'en' ? 'zh-CN' : 'en'} onClick={toggle}>
          {t('app.language')}
        </button>
      </div>
    </header>
  );
}
