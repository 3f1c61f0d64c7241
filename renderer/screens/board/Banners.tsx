import { useT } from '../../i18n';
import { useBoardStore } from '../../stores';

/** States that change who receives: shown across the board so nobody misses them. */
export function Banners() {
  const t = useT();
  const suspended = useBoardStore((s) => s.board?.suspended ?? false);
  const inLunch = useBoardStore((s) => s.board?.inLunch ?? false);
  const lunch = useBoardStore((s) => s.board?.lunch);
  if (!suspended && !inLunch) return null;
  return (
    <div className="banners">
      {suspended && (
        <p className="banner banner--suspended" role="status">
          {t('board.suspended')}
        </p>
      )}
      {inLunch && lunch && (
        <p className="banner banner--lunch" role="status">
          {t('board.inLunch', lunch)}
        </p>
      )}
    </div>
  );
}
