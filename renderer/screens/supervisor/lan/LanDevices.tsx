import type { LanDevice } from '../../../../electron/api/lan-types';
import { useT } from '../../../i18n';

/** The paired devices, live ones first, each with who paired it and when it was last seen; 撤销 on the live ones. */
export function LanDevices({
  devices,
  when,
  onRevoke,
}: {
  devices: LanDevice[];
  when: (ms: number) => string;
  onRevoke: (device: LanDevice) => void;
}) {
  const t = useT();
  if (devices.length === 0) return <p className="panel__empty">{t('lan.noDevices')}</p>;
  return (
    <table className="lan__devices">
      <thead>
        <tr>
          <th scope="col">{t('lan.name')}</th>
          <th scope="col">{t('lan.pairedAt')}</th>
          <th scope="col">{t('lan.pairedBy')}</th>
          <th scope="col">{t('lan.lastSeen')}</th>
          <th scope="col" aria-label={t('lan.revoke')} />
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.id} className={d.revokedAt === null ? undefined : 'lan__revoked'}>
            <td>{d.name}</td>
            <td>{when(d.pairedAt)}</td>
            <td>{d.pairedBy ?? '—'}</td>
            <td>{d.lastSeenAt === null ? t('lan.never') : when(d.lastSeenAt)}</td>
            <td>
              {d.revokedAt === null ? (
                <button type="button" className="btn btn--secondary" onClick={() => onRevoke(d)}>
                  {t('lan.revoke')}
                </button>
              ) : (
                t('lan.revoked', { when: when(d.revokedAt) })
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
