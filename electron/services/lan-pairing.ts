import { randomInt, timingSafeEqual } from 'node:crypto';
import type { AuditActor } from './audit';

/** A pairing code lasts ten minutes and is good for one device. */
export const PAIRING_CODE_MS = 10 * 60_000;
/** Five wrong codes and the current one is void: guessing one of a million codes gets five tries. */
export const PAIRING_ATTEMPTS = 5;

export type Redeemed =
  { ok: true; issuedBy: AuditActor } | { ok: false; reason: 'none' | 'expired' | 'wrong' | 'voided'; left?: number };

/**
 * The kiosk's one-time pairing code, in memory only: a restart voids it, which is what a code shown
 * on a screen for a few minutes wants. One code at a time; a new one replaces the old.
 */
export function createPairingCodes() {
  let current: { code: string; expiresAt: number; issuedBy: AuditActor; wrong: number } | null = null;
  return {
    issue(now: number, issuedBy: AuditActor): { code: string; expiresAt: number } {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      current = { code, expiresAt: now + PAIRING_CODE_MS, issuedBy, wrong: 0 };
      return { code, expiresAt: current.expiresAt };
    },
    /** Uses the code up when it is the current one and unexpired; every wrong try counts against it. */
    redeem(code: string, now: number): Redeemed {
      if (!current) return { ok: false, reason: 'none' };
      if (now >= current.expiresAt) {
        current = null;
        return { ok: false, reason: 'expired' };
      }
      // Six ASCII digits on both sides: equal lengths, so the comparison takes the same time for any guess.
      if (/^\d{6}$/.test(code) && timingSafeEqual(Buffer.from(code), Buffer.from(current.code))) {
        const { issuedBy } = current;
        current = null;
        return { ok: true, issuedBy };
      }
      current.wrong += 1;
      if (current.wrong >= PAIRING_ATTEMPTS) {
        current = null;
        return { ok: false, reason: 'voided' };
      }
      return { ok: false, reason: 'wrong', left: PAIRING_ATTEMPTS - current.wrong };
    },
    /** When the current code runs out; null when there is none. */
    pending(now: number): { expiresAt: number } | null {
      return current && now < current.expiresAt ? { expiresAt: current.expiresAt } : null;
    },
    cancel(): void {
      current = null;
    },
  };
}

export type PairingCodes = ReturnType<typeof createPairingCodes>;
