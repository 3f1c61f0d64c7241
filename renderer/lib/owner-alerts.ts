import type { Api, PushPayload } from '../../electron/api/contract';
import { translate } from '../i18n';
import { useLocaleStore } from '../stores/locale-store';
import { playChime, unlockAudioOnFirstTouch } from './chime';

type Alerted = PushPayload<'ownerAlerted'>;

/** The alert in the reader's language, as a notification's title and body. */
function notificationText(a: Alerted): { title: string; body: string } {
  const lang = useLocaleStore.getState().lang;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const visitor = a.visitor.maskedName
    ? t('visitor.named', { n: a.visitor.sequence, name: a.visitor.maskedName })
    : t('visitor.numbered', { n: a.visitor.sequence });
  const parts = [visitor, a.maskedPhone ?? '', t('alerts.party', { n: a.partySize })];
  parts.push(a.receivedBy ? t('alerts.receivedBy', { name: a.receivedBy }) : t('alerts.waiting'));
  return {
    title: t(a.kind === 'returning' ? 'alerts.titleReturning' : 'alerts.titleLapsed', { name: a.consultantName }),
    body: parts.filter(Boolean).join(' · '),
  };
}

/**
 * Every screen hears the moment an owner's client walks in: a chime, and in a browser a system
 * notification if this browser was already allowed to show them. The kiosk's main process shows its
 * own notification, and nobody is asked for permission here: a desk screen must not nag.
 */
export function listenForOwnerAlerts(client: Api, inKiosk: boolean): () => void {
  const stopUnlock = unlockAudioOnFirstTouch();
  const off = client.onPush('ownerAlerted', (alert) => {
    playChime();
    if (inKiosk || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const { title, body } = notificationText(alert);
    new Notification(title, { body, tag: `owner-alert-${alert.alertId}` });
  });
  return () => {
    off();
    stopUnlock();
  };
}
