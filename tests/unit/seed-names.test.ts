import { describe, expect, it } from 'vitest';
import { nameSound } from '../../electron/domain/match/name-keys';
import { fullName, personName, relativeOf, soundAlike } from '../../electron/seed/names';
import { createRng } from '../../electron/seed/prng';

const sample = (n: number, seed = 'names') => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => personName(rng));
};

const sharesAKey = (a: string, b: string) => {
  const x = nameSound(a)?.keys ?? [];
  return (nameSound(b)?.keys ?? []).some((k) => x.includes(k));
};

describe('generated names', { timeout: 30_000 }, () => {
  const names = sample(20_000);
  const bySurname = new Map<string, number>();
  for (const n of names) bySurname.set(n.surname, (bySurname.get(n.surname) ?? 0) + 1);
  const ranked = [...bySurname].sort((a, b) => b[1] - a[1]);

  it('are led by 王, 李 and 张, and the five commonest surnames carry about a third of the names', () => {
    expect(
      ranked
        .slice(0, 3)
        .map(([s]) => s)
        .sort(),
    ).toEqual(['张', '李', '王'].sort());
    const topFive = ranked.slice(0, 5).reduce((n, [, c]) => n + c, 0) / names.length;
    expect(topFive).toBeGreaterThan(0.25);
    expect(topFive).toBeLessThan(0.4);
  });

  it('include rare compound and polyphonic surnames, but rarely', () => {
    const many = sample(200_000, 'rare');
    const count = (s: string) => many.filter((n) => n.surname === s).length;
    expect(count('欧阳')).toBeGreaterThan(0);
    expect(count('单') + count('曾') + count('解') + count('仇') + count('朴') + count('查')).toBeGreaterThan(0);
    expect(count('欧阳')).toBeLessThan(count('王') / 50);
  });

  it('repeat the common full names many times (several 张伟, 王芳)', () => {
    const full = names.map(fullName);
    const times = (n: string) => full.filter((f) => f === n).length;
    expect(times('张伟') + times('王伟') + times('李伟')).toBeGreaterThan(10);
    expect(times('王芳') + times('李芳') + times('张芳')).toBeGreaterThan(5);
  });

  it('give homophone spellings that sound like the name (张伟 / 章伟, 李娜 / 李纳)', () => {
    const rng = createRng('homophones');
    const zhangWei = { surname: '张', given: '伟', gender: 'male' as const };
    const variants = new Set(Array.from({ length: 50 }, () => soundAlike(rng, zhangWei)));
    expect(variants).toContain('章伟');
    for (const v of variants) expect(sharesAKey('张伟', v as string)).toBe(true);
    expect(soundAlike(rng, { surname: '李', given: '娜', gender: 'female' })).toMatch(/^(黎娜|李纳)$/);
  });

  it('keep the gender of the given-name pool', () => {
    const rng = createRng('gender');
    const women = Array.from({ length: 500 }, () => personName(rng, 'female').given);
    expect(women).not.toContain('伟');
    expect(women).not.toContain('强');
  });

  it('make relatives whose gender follows the relation and whose children carry the father’s surname', () => {
    const rng = createRng('family');
    const father = { surname: '王', given: '建国', gender: 'male' as const };
    for (let i = 0; i < 200; i++) {
      const { name, relation } = relativeOf(rng, father);
      if (relation === '配偶') expect(name.gender).toBe('female');
      if (relation === '儿子' || relation === '女儿') expect(name.surname).toBe('王');
      if (relation === '儿子' || relation === '父亲') expect(name.gender).toBe('male');
    }
  });
});
