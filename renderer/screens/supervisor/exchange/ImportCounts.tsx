import type { ImportPreview } from '../../../../electron/api/exchange-types';
import { useT } from '../../../i18n';

/** The four numbers a supervisor checks before importing. */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const counts = [
    { key: 'rows', n: preview.rows },
    { key: 'created', n: preview.clientsCreated },
    { key: 'matched', n: preview.clientsMatched },
    { key: 'rejected', n: preview.rejectedTotal },
  ] as const;
  return (
    <dl className="exchange__counts">
      {counts.map((c) => (
        <div key={c.key} className={`exchange__count exchange__count--${c.key}`}>
          <dt>{t(`exchange.import.counts.${c.key}`)}</dt>
          <dd>{c.n}</dd>
        </div>
      ))}
    </dl>
  );
}
