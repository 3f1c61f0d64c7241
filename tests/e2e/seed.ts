import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Sets up an office through the app's own HTTP API, for tests whose subject is not the setup.
 * The API is the same one the screens call; nothing is written behind its back.
 */
export class SeedApi {
  private token = '';

  constructor(private readonly request: APIRequestContext) {}

  async call<T>(method: string, input: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
    expect(body.error?.message ?? null, `${method} failed`).toBeNull();
    return body.value as T;
  }

  async setUpOffice(officeName: string, supervisor: string, pin: string): Promise<void> {
    this.token = (await this.call<{ token: string }>('setupOffice', { officeName, name: supervisor, pin })).token;
  }

  /** Adds consultants in this order; returns their ids by name. */
  async addConsultants(people: { name: string; pin: string }[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const p of people) {
      const saved = await this.call<{ id: number }>('saveConsultant', {
        token: this.token,
        name: p.name,
        pin: p.pin,
        role: 'consultant',
      });
      ids.set(p.name, saved.id);
    }
    return ids;
  }

  async setRoster(roster: { order: number[]; off?: number[]; lunchDuty?: number[] }): Promise<void> {
    const { version } = await this.call<{ version: number }>('getRoster', { token: this.token });
    await this.call('setRoster', {
      token: this.token,
      order: roster.order,
      off: roster.off ?? [],
      lunchDuty: roster.lunchDuty ?? [],
      lunch: { from: '12:00', to: '13:30' },
      basedOn: version,
    });
  }

  async setStatus(consultantId: number, pin: string, status: string): Promise<void> {
    await this.call('setStatus', { consultantId, pin, status });
  }

  async arrival(
    input: { name?: string; partySize?: number; directedTo?: number; directedKind?: 'named' | 'appointment' } = {},
  ): Promise<void> {
    await this.call('registerArrival', input);
  }
}
