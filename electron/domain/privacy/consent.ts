/**
 * 个人信息告知同意 (PIPL art. 14, 17): before the desk takes a visitor's name and phone it tells them what
 * for and for how long, and the visitor agrees or not. The notice names the office and the retention
 * the office has set, so the words change when those do; the words told are recorded with the answer.
 */
export const CONSENT_ANSWERS = ['given', 'declined'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export interface ConsentNoticeText {
  /** What the receptionist reads out, and what is recorded (the visitor hears Chinese). */
  zh: string;
  /** The same notice for an English screen. */
  en: string;
}

export function consentNotice(officeName: string, retentionYears: number): ConsentNoticeText {
  const office = officeName.trim();
  return {
    zh: `您的姓名和电话仅用于${office || '本案场'}的接待与回访,保存不超过 ${retentionYears} 年(依《个人信息保护法》)`,
    en:
      `Your name and phone number are used only by ${office || 'this sales office'} to receive you and follow up, ` +
      `and are kept no longer than ${retentionYears} ${retentionYears === 1 ? 'year' : 'years'} (Personal Information Protection Law).`,
  };
}

/** The parts of a registration that say who the visitor is. */
export interface IdentifyingParts {
  name: string | null;
  phone: string | null;
  party: readonly { name: string | null }[];
  /** The client record the visit is put on: a link to a person as much as their name is. */
  clientId: number | null;
}

export function identifiesSomeone(r: IdentifyingParts): boolean {
  return r.name !== null || r.phone !== null || r.clientId !== null || r.party.some((p) => p.name !== null);
}

/**
 * Why a registration may not be written with this answer, or null when it may: personal data needs
 * the visitor's 同意, and a visitor who declined is received anonymously (party size and needs only).
 */
export function consentProblem(answer: ConsentAnswer | null, r: IdentifyingParts): string | null {
  if (!identifiesSomeone(r)) return null;
  if (answer === 'declined') return '访客不同意登记个人信息:不能保存姓名、电话、同行人姓名,也不能关联客户档案';
  if (answer === null) return '登记姓名、电话前,请先向访客告知用途并记录其是否同意(已告知并同意 / 不同意)';
  return null;
}
