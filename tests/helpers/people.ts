import type { DayState } from '../../electron/domain/day-state';
import type { Reason } from '../../electron/domain/reasons';
import type { People } from '../../electron/domain/rotation';

/** The sales office the unit tests run: five consultants on the books and one who has left. */
export const WANG = 1;
export const LI = 2;
export const ZHANG = 3;
export const LIU = 4;
export const CHEN = 5;
export const ZHAO = 6;

export const PEOPLE: People = new Map([
  [WANG, { name: '王芳', active: true }],
  [LI, { name: '李雷', active: true }],
  [ZHANG, { name: '张伟', active: true }],
  [LIU, { name: '刘洋', active: true }],
  [CHEN, { name: '陈静', active: true }],
  [ZHAO, { name: '赵敏', active: false }],
]);

export const nameOf = (id: number): string => PEOPLE.get(id)?.name ?? `#${id}`;

/** The rotation as the board reads it, by name. */
export const queueOf = (s: DayState): string[] => s.order.map(nameOf);

export const zhOf = (reasons: readonly Reason[]): string[] => reasons.map((r) => r.zh);
export const codesOf = (reasons: readonly Reason[]): string[] => reasons.map((r) => r.code);

const HAN = /[\u3400-\u9fff]/;

/** Every reason has Chinese text (the desk reads zh) and an English twin. */
export function allInChinese(reasons: readonly Reason[]): boolean {
  return reasons.length > 0 && reasons.every((r) => HAN.test(r.zh) && r.en.length > 0);
}
