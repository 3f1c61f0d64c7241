import type { ShareView } from '../../../../electron/api/disputes-types';
import { useT } from '../../../i18n';

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 });

/** Who gets what share of a sale's credit (and of its amount, when one was given). */
export function ShareList({ shares }: { shares: ShareView[] }) {
  const t = useT();
  return (
    <ul className="shares">
      {shares.map((s) => (
        <li key={s.consultant.id} className="share">
          <span className="share__name">{s.consultant.name}</span>
          <span className="tag">{t(s.role === 'closer' ? 'disputes.sale.closerRole' : 'disputes.sale.ownerRole')}</span>
          <span className="share__label">{s.label}</span>
          {s.amountFen !== null && <span>{t('disputes.sale.yuan', { amount: yuan(s.amountFen) })}</span>}
        </li>
      ))}
    </ul>
  );
}
