import { useEffect, useRef, useState } from 'react';
import type { PairingCode } from '../../../../electron/api/lan-types';
import { api } from '../../../api';
import { Modal } from '../../../components/Modal';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { useOfficeTime } from '../../../lib/use-office-time';
import { sessionStore, toastStore } from '../../../stores';

/**
 * 配对新设备: a fresh one-time code, large enough to read from across the desk. It closes itself
 * when a device pairs with it; closing it by hand voids the code.
 */
export function PairingDialog({ urls, onClose }: { urls: string[]; onClose: () => void }) {
  const t = useT();
  const time = useOfficeTime();
  const [code, setCode] = useState<PairingCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pairedToast = useRef(t('lan.pairedToast'));

  // Once per dialog: a re-render of the tab must not issue a new code.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    let live = true;
    sessionStore
      .getState()
      .authorized((token) => api.startLanPairing({ token }))
      .then((next) => live && setCode(next))
      .catch((err: unknown) => live && setError(errorText(err)));
    const off = api.onPush('lanDevicesChanged', ({ change }) => {
      if (change !== 'paired') return;
      toastStore.getState().show(pairedToast.current);
      onCloseRef.current();
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const close = () => {
    void sessionStore
      .getState()
      .authorized((token) => api.cancelLanPairing({ token }))
      .catch(() => undefined);
    onClose();
  };

  return (
    <Modal title={t('lan.pairTitle')} onClose={close}>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : (
        <>
          <p>{t('lan.pairSteps')}</p>
          {urls.length > 0 && (
            <ul className="lan__urls lan__urls--dialog">
              {urls.map((url) => (
                <li key={url}>{url}</li>
              ))}
            </ul>
          )}
          <p className="lan__code" data-testid="pairing-code" aria-live="polite">
            {code ? `${code.code.slice(0, 3)} ${code.code.slice(3)}` : t('app.loading')}
          </p>
          {code && <p className="lan__expires">{t('lan.pairExpires', { time: time.clock(code.expiresAt) })}</p>}
        </>
      )}
      <div className="form__actions">
        <button type="button" className="btn btn--secondary" onClick={close}>
          {t('lan.close')}
        </button>
      </div>
    </Modal>
  );
}
