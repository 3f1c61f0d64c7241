import { readPhoneInput } from './match/phone';

/** The registration fields the completeness rule looks at. */
export interface RegistrationBasics {
  name: string | null;
  gender: 'male' | 'female' | null;
  phone: string | null;
  needs: { project: string | null; unitType: string | null; area: string | null; budget: string | null };
}

export interface Gap {
  field: 'name' | 'gender' | 'phone' | 'needs';
  zh: string;
  en: string;
}

/** A number someone can be called on: the last four digits typed to find a client are not one. */
export function isWholePhone(raw: string | null): boolean {
  const kind = readPhoneInput(raw).kind;
  return kind === 'mobile' || kind === 'other';
}

/**
 * 来访登记 is valid only with the three basics: name and gender, a phone, and what they want
 * (project, unit type, area or budget). What is missing is named, so the desk can complete it; until
 * then the visit gives no ownership claim (未登记视为新客户).
 */
export function registrationGaps(r: RegistrationBasics): Gap[] {
  const gaps: Gap[] = [];
  if (!r.name?.trim()) gaps.push({ field: 'name', zh: '姓名', en: 'name' });
  if (!r.gender) gaps.push({ field: 'gender', zh: '性别', en: 'gender' });
  if (!isWholePhone(r.phone)) gaps.push({ field: 'phone', zh: '电话', en: 'phone' });
  const { project, unitType, area, budget } = r.needs;
  if (![project, unitType, area, budget].some((x) => x?.trim())) {
    gaps.push({ field: 'needs', zh: '需求(项目/户型/面积/预算)', en: 'needs (project, unit type, area or budget)' });
  }
  return gaps;
}
