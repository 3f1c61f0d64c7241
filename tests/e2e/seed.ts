import { expect, type APIRequestContext } from '@playwright/test';
import type { MethodInput, MethodName, MethodResult } from '../../electron/api/contract';
import type { ApiResponse } from '../../electron/api/errors';

/**
 * Sets up an office through the app's own HTTP API, for tests whose subject is not the setup.
 * The API is the same one the screens call, typed by the same contract; nothing is written behind its back.
 */
export class SeedApi {
  private token = '';

  constructor(private readonly request: APIRequestContext) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
    const res = await this.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as ApiResponse<MethodResult<M>>;
    expect(body.ok ? null : body.error.message, `${method} failed`).toBeNull();
    return (body as { value: MethodResult<M> }).value;
  }

  private supervisor = { id: 0, pin: '' };

  /** The set-up supervisor's sign-in, for calls the helpers here do not wrap. */
  sessionToken(): string {
    return this.token;
  }

  async setUpOffice(officeName: string, supervisor: string, pin: string): Promise<void> {
    const session = await this.call('setupOffice', { officeName, name: supervisor, pin });
    this.token = session.token;
    this.supervisor = { id: session.consultant.id, pin };
  }

  /** Signs the supervisor in again: a session does not outlive a jump of the office clock to another day. */
  async renewSession(): Promise<void> {
    this.token = (await this.call('signIn', { consultantId: this.supervisor.id, pin: this.supervisor.pin })).token;
  }

  /** Adds staff in this order (consultants unless a role is given); returns their ids by name. */
  async addConsultants(
    people: { name: string; pin: string; role?: 'consultant' | 'supervisor' }[],
  ): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const p of people) {
      const saved = await this.call('saveConsultant', {
        token: this.token,
        name: p.name,
        pin: p.pin,
        role: p.role ?? 'consultant',
      });
      ids.set(p.name, saved.id);
    }
    return ids;
  }

  async setRoster(roster: { order: number[]; off?: number[]; lunchDuty?: number[] }): Promise<void> {
    const { stamp } = await this.call('getRoster', { token: this.token });
    await this.call('setRoster', {
      token: this.token,
      order: roster.order,
      off: roster.off ?? [],
      lunchDuty: roster.lunchDuty ?? [],
      lunch: { from: '12:00', to: '13:30' },
      basedOn: stamp,
    });
  }

  async setStatus(consultantId: number, pin: string, status: MethodInput<'setStatus'>['status']): Promise<void> {
    await this.call('setStatus', { consultantId, pin, status });
  }

  /** A visitor checked in at the desk, as the check-in screen would send it. */
  async checkIn(input: MethodInput<'checkIn'> = {}): Promise<MethodResult<'checkIn'>> {
    return this.call('checkIn', input);
  }

  /** A client on file: a complete registration, received by whoever the rules give them to. */
  async client(name: string, phone: string, gender: 'male' | 'female' = 'male'): Promise<MethodResult<'checkIn'>> {
    return this.checkIn({ registration: registration(name, phone, gender) });
  }
}

/** A registration with the three basics (name and gender, phone, what they want), consented: evidence of ownership. */
export function registration(
  name: string,
  phone: string,
  gender: 'male' | 'female' = 'male',
): NonNullable<MethodInput<'checkIn'>['registration']> {
  return {
    consent: 'given',
    name,
    phone,
    gender,
    needs: { project: '滨江壹号', unitType: '三房', area: null, budget: null },
  };
}
