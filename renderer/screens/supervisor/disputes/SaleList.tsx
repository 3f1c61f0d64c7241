import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../i18n';
import { ReasonList } from '../../../components/ReasonList';
import { useDisputesStore } from '../../../stores';
import { ShareList } from './ShareList';

/** The recorded sales, each with its split and why. */
export function SaleList() {
  const t = useT();
  const sales = useDisputesStore(useShallow((s) => s.sales ?? []));
  return (
    <section className="panel" aria-label={t('disputes.sale.list')}>
      <h3 className="panel__title">{t('disputes.sale.list')}</h3>
      {sales.length === 0 && <p className="panel__empty">{t('disputes.sale.none')}</p>}
      <ul className="sales">
        {sales.map((s) => (
          <li key={s.id} className="sale">
            <p className="sale__head">
              {s.soldOn} · {s.client ? `${s.client.ref} ${s.client.name}` : ''} {s.unit ?? ''}
            </p>
            <ShareList shares={s.shares} />
            {s.overridden && <p className="sale__note">{t('disputes.sale.overridden', { note: s.note ?? '' })}</p>}
            <ReasonList reasons={s.reasons} />
          </li>
        ))}
      </ul>
    </section>
  );
}
