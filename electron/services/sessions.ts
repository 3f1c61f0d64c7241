import { randomBytes } from 'node:crypto';

export interface SessionRecord {
  consultantId: number;
  lastSeen: number;
}

/**
 * Signed-in supervisors, in memory only: a restart signs everyone out, which is what a shared
 * kiosk wants. A session idles out after `idleMs` without a call.
 */
export function createSessions(idleMs = 15 * 60_000) {
  const byToken = new Map<string, SessionRecord>();
  return {
    open(consultantId: number, now: number): string {
      const token = randomBytes(24).toString('base64url');
      byToken.set(token, { consultantId, lastSeen: now });
      return token;
    },
    touch(token: string, now: number): number | null {
      const s = byToken.get(token);
      if (!s) return null;
      if (now - s.lastSeen > idleMs) {
        byToken.delete(token);
        return null;
      }
      s.lastSeen = now;
      return s.consultantId;
    },
    close(token: string): void {
      byToken.delete(token);
    },
    closeAllFor(consultantId: number): void {
      for (const [t, s] of byToken) if (s.consultantId === consultantId) byToken.delete(t);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
