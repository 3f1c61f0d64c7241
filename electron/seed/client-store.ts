import type { ClientRecord } from '../domain/clients';
import type { Gender, PersonName } from './names';

const NONE = 0;

/**
 * Every client of the generated office in flat typed arrays, indexed by client id: a million-visit office has
 * over half a million clients, and objects per client would cost gigabytes where these cost tens of megabytes.
 * Instants are epoch milliseconds, 0 for none (no office was open in 1970).
 */
export class ClientStore {
  count = 0;
  private capacity = 0;
  owner = new Int32Array(0);
  firstVisit = new Float64Array(0);
  lastVisit = new Float64Array(0);
  lastFollowUp = new Float64Array(0);
  handedOver = new Float64Array(0);
  phone = new Float64Array(0);
  referredBy = new Int32Array(0);
  gender = new Uint8Array(0);
  surnameLength = new Uint8Array(0);
  /** Return visits still to come. */
  returnsLeft = new Uint8Array(0);
  bought = new Uint8Array(0);
  /** Follow-ups logged so far (the chance of another falls with each). */
  followUps = new Uint16Array(0);
  /** The office day index of the next follow-up, -1 for none. */
  nextFollowUp = new Int32Array(0);
  names: string[] = [];

  private grow(): void {
    const capacity = Math.max(1024, this.capacity * 2);
    const widen = <A extends Int32Array | Float64Array | Uint8Array | Uint16Array>(old: A, make: (n: number) => A) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.owner = widen(this.owner, (n) => new Int32Array(n));
    this.firstVisit = widen(this.firstVisit, (n) => new Float64Array(n));
    this.lastVisit = widen(this.lastVisit, (n) => new Float64Array(n));
    this.lastFollowUp = widen(this.lastFollowUp, (n) => new Float64Array(n));
    this.handedOver = widen(this.handedOver, (n) => new Float64Array(n));
    this.phone = widen(this.phone, (n) => new Float64Array(n));
    this.referredBy = widen(this.referredBy, (n) => new Int32Array(n));
    this.gender = widen(this.gender, (n) => new Uint8Array(n));
    this.surnameLength = widen(this.surnameLength, (n) => new Uint8Array(n));
    this.returnsLeft = widen(this.returnsLeft, (n) => new Uint8Array(n));
    this.bought = widen(this.bought, (n) => new Uint8Array(n));
    this.followUps = widen(this.followUps, (n) => new Uint16Array(n));
    this.nextFollowUp = widen(this.nextFollowUp, (n) => new Int32Array(n));
    this.capacity = capacity;
  }

  /** A new client record, as createClient makes it: no owner until a reception gives one. Ids start at 1. */
  add(name: PersonName, phone: string, referredBy: number | null, at: number): number {
    const id = ++this.count;
    if (id >= this.capacity) this.grow();
    this.names[id] = name.surname + name.given;
    this.surnameLength[id] = name.surname.length;
    this.gender[id] = name.gender === 'male' ? 1 : 2;
    this.phone[id] = Number(phone);
    this.referredBy[id] = referredBy ?? NONE;
    this.firstVisit[id] = at;
    this.lastVisit[id] = at;
    this.nextFollowUp[id] = -1;
    return id;
  }

  personName(id: number): PersonName {
    const name = this.names[id] ?? '';
    const cut = this.surnameLength[id] ?? 1;
    return { surname: name.slice(0, cut), given: name.slice(cut), gender: this.genderOf(id) };
  }

  genderOf(id: number): Gender {
    return this.gender[id] === 1 ? 'male' : 'female';
  }

  phoneOf(id: number): string {
    return String(this.phone[id]);
  }

  ownerOf(id: number): number | null {
    const owner = this.owner[id] ?? NONE;
    return owner === NONE ? null : owner;
  }

  /** The record as the ownership rules read it (db/queries/clients getClientRecords returns the same shape). */
  record(id: number): ClientRecord {
    const at = (v: number | undefined) => (v === undefined || v === NONE ? null : v);
    const referrer = this.referredBy[id] ?? NONE;
    return {
      id,
      ref: clientRef(id),
      name: this.names[id] ?? '',
      phones: [this.phoneOf(id)],
      ownerId: this.ownerOf(id),
      firstVisitAt: at(this.firstVisit[id]),
      lastVisitAt: at(this.lastVisit[id]),
      lastFollowUpAt: at(this.lastFollowUp[id]),
      handedOverAt: at(this.handedOver[id]),
      referredByClientId: referrer === NONE ? null : referrer,
    };
  }
}

/** The office reference createClient gives the n-th client of a fresh office (nextClientRef: C00001, C00002 …). */
export const clientRef = (id: number): string => `C${String(id).padStart(5, '0')}`;
