import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { findLiveDevice, insertDevice, markDeviceSeen, revokeDevice } from '../../db/queries/lan-devices';
import { appendAudit, type AuditActor } from './audit';
import type { Clock, PushBus } from './deps';
import { createPairingCodes, type Redeemed } from './lan-pairing';

/** last_seen_at is a hint for the LAN tab, not a log: written at most once a minute per device. */
const SEEN_EVERY_MS = 60_000;

/** What the LAN tab reports about the listener; the process that owns it says (transport/lan-listener.ts). */
export interface LanListenerState {
  listening: boolean;
  /** The port it listens on (or would): the setting, or serve's --lan-port. */
  port: number;
  /** http://<address>:<port> for each of this machine's LAN IPv4 addresses. */
  urls: string[];
  /** Why it is not listening though it should (the port taken), in plain Chinese. */
  error: string | null;
}

/** Starts and stops the LAN listener: only the kiosk and serve, which own a backend and a network, have one. */
export interface LanHost {
  /** Listens on the port (the setting's, unless the process was told another); rejects with the reason. */
  start(port: number): Promise<void>;
  /** Stops listening and closes every open connection, event streams included. */
  stop(): Promise<void>;
  state(port: number): LanListenerState;
}

export type PairOutcome = { ok: true; deviceId: number; token: string } | Extract<Redeemed, { ok: false }>;

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Devices on the office LAN: the pairing code, the tokens (only their hashes are stored), and who
 * must hear at once that a device was revoked (its open event streams). The listener itself is the
 * host's, attached by the process that owns one.
 */
export function createLan(db: Database, clock: Clock, bus: PushBus) {
  const codes = createPairingCodes();
  const revokeListeners = new Set<(deviceId: number) => void>();
  let host: LanHost | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    codes,
    /**
     * Runs turning LAN access on or off (or moving its port) one at a time, the setting's read,
     * the listener's start/stop and the save together: two quick presses never leave the saved
     * setting saying one thing and the listener doing another.
     */
    serially<T>(step: () => Promise<T>): Promise<T> {
      const next = queue.then(step, step);
      queue = next.catch(() => undefined);
      return next;
    },
    attach(next: LanHost): void {
      host = next;
    },
    host: (): LanHost | null => host,

    /** A correct, unexpired code makes a device: a random token for it, its hash and the audit entry in one transaction. */
    pair(code: string, name: string): PairOutcome {
      const now = clock.now();
      const redeemed = codes.redeem(code, now);
      if (!redeemed.ok) return redeemed;
      const token = randomBytes(32).toString('base64url');
      const deviceId = db
        .transaction(() => {
          const id = insertDevice(db, {
            name,
            tokenHash: tokenHash(token),
            pairedAt: now,
            pairedBy: redeemed.issuedBy.id,
          });
          // The device's name is the office's label for it, not needed to follow the act: ids only.
          appendAudit(db, now, redeemed.issuedBy, { action: 'lan.pair', subject: `device:${id}` });
          return id;
        })
        .immediate();
      bus.emit('lanDevicesChanged', { deviceId, change: 'paired' });
      return { ok: true, deviceId, token };
    },

    /** The live device holding this token, or null (unknown or revoked). */
    deviceOf(token: string): number | null {
      const device = findLiveDevice(db, tokenHash(token));
      if (!device) return null;
      const now = clock.now();
      if (device.lastSeenAt === null || now - device.lastSeenAt >= SEEN_EVERY_MS) markDeviceSeen(db, device.id, now);
      return device.id;
    },

    /** Revokes in one transaction with its audit entry; then the device's open connections are closed. */
    revoke(deviceId: number, by: AuditActor): boolean {
      const now = clock.now();
      const done = db
        .transaction(() => {
          if (!revokeDevice(db, deviceId, now)) return false;
          appendAudit(db, now, by, { action: 'lan.revoke', subject: `device:${deviceId}` });
          return true;
        })
        .immediate();
      if (!done) return false;
      for (const listener of revokeListeners) listener(deviceId);
      bus.emit('lanDevicesChanged', { deviceId, change: 'revoked' });
      return true;
    },

    onRevoke(listener: (deviceId: number) => void): () => void {
      revokeListeners.add(listener);
      return () => revokeListeners.delete(listener);
    },
  };
}

export type Lan = ReturnType<typeof createLan>;
