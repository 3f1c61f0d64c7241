import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, PUSH_NAMES, type MethodName } from '../../electron/api/contract';
import { normalizePhone } from '../../electron/domain/match/phone';
import { scene, validInputs } from '../helpers/hostile';
import type { TestOffice } from '../helpers/office';

/**
 * PIPL: a client's phone is shown masked (138****5678) wherever the whole number is not needed. The
 * sweep calls every method of the API with a valid input, in an office with registered clients, and
 * reads every answer for a whole phone number of anyone on file. Only the two reveal methods, which
 * take a role and are logged, answer with whole numbers.
 */
const REVEALS: readonly MethodName[] = ['revealClientPhone', 'revealMyClientPhone'];

/** Every phone the office holds about visitors, as typed and as normalized. */
function phonesOnFile(office: TestOffice): string[] {
  const rows = office.db
    .prepare(
      `SELECT phone FROM client_phones
       UNION SELECT phone FROM visits WHERE phone IS NOT NULL
       UNION SELECT json_extract(answers, '$.referredBy.phone') FROM visits
         WHERE json_extract(answers, '$.referredBy.phone') IS NOT NULL`,
    )
    .all() as { phone: string }[];
  return [...new Set(rows.flatMap(({ phone }) => [phone, normalizePhone(phone) ?? phone]))];
}

/** The reads that show clients: each must answer (not be refused) for the sweep to have looked at something. */
const CLIENT_READS: readonly MethodName[] = [
  'getBoard',
  'findCandidates',
  'previewCheckIn',
  'checkIn',
  'completeRegistration',
  'listIncompleteRegistrations',
  'listMyClients',
  'logFollowUp',
  'getDayLog',
  'getDailySheet',
  'closeDay',
  'listClashes',
  'listRulings',
  'previewSale',
  'listSales',
  'listPublicPool',
  'listMyLapsing',
  'getReport',
  'previewImport',
  'importLedger',
  'listAuditLog',
  'findPersonData',
];

describe('phones in every answer of the API', () => {
  const methods = METHOD_NAMES.filter((m) => !REVEALS.includes(m));

  // A refusal is read too: its message must not quote a number either.
  it.each(methods)('%s answers and pushes no client’s whole phone number', async (method) => {
    const s = scene();
    const input = validInputs(s)[method]();
    const before = phonesOnFile(s.office);
    // What the call pushes to every screen (the board, an owner's alert) is read too.
    const pushed: unknown[] = [];
    const stop = PUSH_NAMES.map((name) => s.office.backend.deps.bus.on(name, (payload) => pushed.push(payload)));
    const r = await s.office.backend.dispatch(method, input);
    stop.forEach((off) => off());
    if (CLIENT_READS.includes(method)) expect(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`).toBe(true);
    const text = JSON.stringify([r, pushed]);
    const phones = new Set([...before, ...phonesOnFile(s.office)]);
    expect(phones.size).toBeGreaterThan(0);
    for (const phone of phones) expect(text, `${method} shows ${phone}`).not.toContain(phone);
  });

  it('answers with whole numbers only from the reveal methods', async () => {
    const s = scene();
    const inputs = validInputs(s);
    for (const method of REVEALS) {
      const r = await s.office.backend.dispatch(method, inputs[method]());
      expect(r).toMatchObject({ ok: true, value: { phones: ['13800138000'] } });
    }
  });
});
