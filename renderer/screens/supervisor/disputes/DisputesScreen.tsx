import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT, type MessageKey } from '../../../i18n';
import { disputesStore, useDisputesStore } from '../../../stores';
import { ClashList } from './ClashList';
import { PoolList } from './PoolList';
import { RulingList } from './RulingList';
import { SaleForm } from './SaleForm';
import { SaleList } from './SaleList';

type Section = 'clashes' | 'rulings' | 'sales' | 'pool';
const SECTIONS: { id: Section; label: MessageKey }[] = [
  { id: 'clashes', label: 'disputes.sections.clashes' },
  { id: 'rulings', label: 'disputes.sections.rulings' },
  { id: 'sales', label: 'disputes.sections.sales' },
  { id: 'pool', label: 'disputes.sections.pool' },
];

/** 撞单 / 分单: open clashes with both sides' evidence, the rulings on file, sales and their splits, the public pool. */
export function DisputesScreen() {
  const t = useT();
  const [section, setSection] = useState<Section>('clashes');
  const counts = useDisputesStore(
    useShallow((s) => ({
      clashes: s.clashes?.length ?? 0,
      rulings: s.rulings?.length ?? 0,
      sales: s.sales?.length ?? 0,
      pool: s.pool?.length ?? 0,
    })),
  );
  const error = useDisputesStore((s) => s.error);

  useEffect(() => {
    void disputesStore.getState().load();
  }, []);

  return (
    <div className="disputes">
      <div className="segmented disputes__sections" role="tablist" aria-label={t('disputes.tab')}>
        {SECTIONS.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={section === s.id}
            className="btn btn--toggle"
            onClick={() => setSection(s.id)}
          >
            {t(s.label)} <span className="count">{counts[s.id]}</span>
          </button>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {section === 'clashes' && <ClashList />}
      {section === 'rulings' && <RulingList />}
      {section === 'sales' && (
        <div className="disputes__sales">
          <SaleForm />
          <SaleList />
        </div>
      )}
      {section === 'pool' && <PoolList />}
    </div>
  );
}
