import { useEffect, useState } from 'react';
import type { LanDevice, LanView } from '../../../../electron/api/lan-types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, toastStore } from '../../../stores';
import { LanDevices } from './LanDevices';
import { PairingDialog } from './PairingDialog';
import { RevokeDialog } from './RevokeDialog';

/**
 * 局域网设备: whether other devices on the office LAN may open the app, the address they open, the
 * paired devices with 撤销, and 配对新设备 (docs/lan.md). Refreshed when a device pairs or is revoked.
 */
export function LanPanel() {
  const t = useT();
  const time = useOfficeTime();
  const [view, setView] = useState<LanView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pairing, setPairing] = useState(false);
  const [revoking, setRevoking] = useState<LanDevice | null>(null);
  const [port, setPort] = useState('');

  useEffect(() => {
    let live = true;
    const load = () =>
      sessionStore
        .getState()
        .authorized((token) => api.getLanServing({ token }))
        .then((next) => live && (setView(next), setPort(String(next.port)), setError(null)))
        .catch((err: unknown) => live && setError(errorText(err)));
    void load();
    const off = api.onPush('lanDevicesChanged', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);

  const turn = async (enabled: boolean) => {
    setBusy(true);
    try {
      const next = await sessionStore
        .getState()
        .authorized((token) => api.setLanServing({ token, enabled, ...(enabled ? { port: Number(port) } : {}) }));
      setView(next);
      setPort(String(next.port));
      setError(null);
      toastStore.getState().show(t(enabled ? 'lan.turnedOn' : 'lan.turnedOff'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (!view)
    return (
      <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
        {error ?? t('app.loading')}
      </p>
    );
  const when = (ms: number) => `${time.day(ms)} ${time.clock(ms)}`;
  return (
    <section className="panel lan" aria-label={t('lan.title')}>
      <h2 className="panel__title">{t('lan.title')}</h2>
      <p className="lan__intro">{t('lan.intro')}</p>
      <p className="lan__warning">{t('lan.warning')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <dl className="lan__facts">
        <dt>{t('lan.status')}</dt>
        <dd data-testid="lan-status" className={view.enabled && !view.listening && view.hosted ? 'error' : undefined}>
          {!view.enabled
            ? t('lan.off')
            : view.listening || !view.hosted
              ? t('lan.on')
              : t('lan.onButNotListening', { error: view.error ?? '' })}
        </dd>
        {view.enabled && view.listening && (
          <>
            <dt>{t('lan.addresses')}</dt>
            <dd>
              {view.urls.length === 0 ? (
                t('lan.noAddress')
              ) : (
                <ul className="lan__urls">
                  {view.urls.map((url) => (
                    <li key={url}>{url}</li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
      </dl>
      {!view.hosted && <p className="lan__hint">{t('lan.notHosted')}</p>}
      <div className="lan__actions">
        {view.enabled ? (
          <>
            <button type="button" className="btn btn--primary btn--xl" onClick={() => setPairing(true)}>
              {t('lan.pair')}
            </button>
            <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void turn(false)}>
              {t('lan.turnOff')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="btn btn--primary btn--xl"
              disabled={busy || !view.hosted}
              onClick={() => void turn(true)}
            >
              {t('lan.turnOn')}
            </button>
            <label className="lan__port">
              {t('lan.port')}
              <input
                type="number"
                inputMode="numeric"
                min={1024}
                max={65535}
                value={port}
                onChange={(e) => setPort(e.target.value)}
              />
            </label>
          </>
        )}
      </div>
      <h3 className="lan__subtitle">{t('lan.devices')}</h3>
      <LanDevices devices={view.devices} when={when} onRevoke={setRevoking} />
      {pairing && <PairingDialog urls={view.urls} onClose={() => setPairing(false)} />}
      {revoking && (
        <RevokeDialog
          device={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(next) => {
            setView(next);
            setRevoking(null);
          }}
        />
      )}
    </section>
  );
}
