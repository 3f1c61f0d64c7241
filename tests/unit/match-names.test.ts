import { describe, expect, it } from 'vitest';
import { compareNames } from '../../electron/domain/match/name-compare';
import { fuzzyKey, nameKeys, nameSound, simplify } from '../../electron/domain/match/name-keys';

const shareKey = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));
const fuzzyOf = (name: string) => nameSound(name)?.fuzzyKeys ?? [];
const shareFuzzyKey = (a: string, b: string) => fuzzyOf(a).some((k) => fuzzyOf(b).includes(k));
const agreement = (typed: string, onFile: string) => compareNames(nameSound(typed), nameSound(onFile));

// domain.md: names are typed from hearing; 张伟 / 章伟 / 张威 sound alike, so a match looks at pinyin.
describe('names by sound', () => {
  it('keys a name by its toneless pinyin, syllables joined', () => {
    expect(nameKeys('张伟')).toEqual(['zhangwei']);
    expect(nameKeys('王小明')).toEqual(['wangxiaoming']);
  });

  it('finds 张伟 from 章伟 and 张威 typed by ear', () => {
    expect(shareKey('章伟', '张伟')).toBe(true);
    expect(shareKey('张威', '张伟')).toBe(true);
    expect(agreement('章伟', '张伟')).toEqual({ kind: 'sound', reading: 'zhang wei' });
  });

  it('tells the same characters from a homophone', () => {
    expect(agreement('张伟', '张伟').kind).toBe('same');
    expect(agreement('张威', '张伟').kind).toBe('sound');
  });

  it('does not join names that only look alike', () => {
    expect(shareKey('张伟', '张强')).toBe(false);
    expect(shareKey('王芳', '汪洋')).toBe(false);
    expect(agreement('李明', '王芳').kind).toBe('differs');
  });
});

// Issue 4 §2: surnames are read as surnames, and every reading of the surname character is kept.
describe('polyphonic surnames', () => {
  it.each([
    ['单雄', 'shanxiong', 'danxiong'],
    ['曾小贤', 'zengxiaoxian', 'cengxiaoxian'],
    ['仇英', 'qiuying', 'chouying'],
    ['解缙', 'xiejin', 'jiejin'],
    ['区志强', 'ouzhiqiang', 'quzhiqiang'],
    ['朴正熙', 'piaozhengxi', 'puzhengxi'],
    ['查良镛', 'zhaliangyong', 'chaliangyong'],
    ['盖聂', 'genie', 'gainie'],
    ['缪斯', 'miaosi', 'miusi'],
  ])(
    'reads the surname of %s as a surname first (%s), keeping the everyday reading (%s)',
    (name, surname, everyday) => {
      const keys = nameKeys(name);
      expect(keys[0]).toBe(surname);
      expect(keys).toContain(everyday);
    },
  );

  it('reads 单 as the surname Shàn, so 单雄 matches shan xiong typed in pinyin', () => {
    expect(shareKey('shan xiong', '单雄')).toBe(true);
    expect(agreement('Shan Xiong', '单雄')).toEqual({ kind: 'sound', reading: 'shan xiong' });
  });

  it('finds 单雄 from 善雄, a homophone of the surname reading', () => {
    expect(shareKey('善雄', '单雄')).toBe(true);
  });

  it('finds 解缙 whether the receptionist heard xie (谢缙) or read jie off the ledger', () => {
    expect(shareKey('谢缙', '解缙')).toBe(true);
    expect(shareKey('jie jin', '解缙')).toBe(true);
  });

  it('matches 曾 typed as 曾 or as 增, and 仇 as 邱', () => {
    expect(shareKey('增小贤', '曾小贤')).toBe(true);
    expect(shareKey('邱英', '仇英')).toBe(true);
  });

  it('reads the given name once, so a polyphonic given name does not multiply the keys', () => {
    expect(nameKeys('张长乐')).toHaveLength(1);
  });

  it('keeps at most four readings of a surname', () => {
    // 缪 has five readings (miao miu mou liao mu): the rarest is dropped.
    expect(nameKeys('缪斯')).toHaveLength(4);
    expect(nameKeys('缪斯')).not.toContain('musi');
  });
});

describe('compound surnames', () => {
  it.each([
    ['欧阳娜娜', ['ouyangnana']],
    ['司马光', ['simaguang']],
    ['尉迟恭', ['yuchigong', 'weichigong']],
    ['万俟卨', ['moqixie', 'wansixie']],
  ])('reads %s with its compound surname as one surname', (name, keys) => {
    expect(nameKeys(name)).toEqual(keys);
  });

  it('shows the compound surname as one syllable, the way pinyin writes it', () => {
    expect(agreement('欧阳娜娜', '欧阳娜娜')).toEqual({ kind: 'same', reading: 'ouyang na na' });
  });

  it('finds 尉迟恭 from yu chi gong typed in pinyin', () => {
    expect(agreement('Yuchi Gong', '尉迟恭')).toEqual({ kind: 'sound', reading: 'yuchi gong' });
  });
});

describe('traditional and simplified characters', () => {
  it('treats 陳偉 and 陈伟 as one name', () => {
    expect(nameKeys('陳偉')).toEqual(nameKeys('陈伟'));
    expect(agreement('陳偉', '陈伟').kind).toBe('same');
  });

  it('reads a traditional polyphonic surname as a surname too: 單雄 is shan xiong', () => {
    expect(nameKeys('單雄')[0]).toBe('shanxiong');
  });

  it('converts Taiwan and Hong Kong forms, and leaves simplified names alone', () => {
    expect(simplify('歐陽鍾')).toBe('欧阳钟');
    expect(simplify('衞')).toBe('卫');
    expect(simplify('张著')).toBe('张著');
  });
});

describe('names typed in pinyin or Latin letters', () => {
  it.each(['zhangwei', 'Zhang Wei', 'zhang-wei', 'ZHANG WEI', 'Zhāng Wěi', ' zhang  wei '])(
    'keys %j exactly as 张伟',
    (typed) => {
      expect(nameKeys(typed)).toEqual(nameKeys('张伟'));
    },
  );

  it('writes ü as v, as input methods do: 吕布 is lv bu, and Lü Bu too', () => {
    expect(nameKeys('吕布')).toEqual(['lvbu']);
    expect(nameKeys('Lü Bu')).toEqual(['lvbu']);
  });

  it('keys a Latin name by its lowercase letters', () => {
    expect(nameKeys('David Li')).toEqual(['davidli']);
    expect(nameKeys('DAVID  LI')).toEqual(['davidli']);
  });

  it('reads a Latin name inside Chinese characters as one more syllable', () => {
    expect(nameKeys('张David')).toEqual(['zhangdavid']);
  });

  it('drops the middle dot of minority names', () => {
    expect(nameKeys('买买提·艾力')).toEqual(nameKeys('买买提艾力'));
  });
});

// Southern accents: 平翘舌 (zh/z, ch/c, sh/s), 鼻边音 (n/l), 前后鼻音 (-ng/-n).
describe('fuzzy keys fold southern-accent confusions', () => {
  it.each([
    ['陈伟', '程伟'],
    ['张伟', '臧伟'],
    ['施明', '司明'],
    ['刘洋', '牛洋'],
    ['王芳', '万芳'],
    ['林静', '林近'],
    ['吕布', 'Lu Bu'],
  ])('finds %s from %s by its fuzzy key', (onFile, typed) => {
    expect(shareKey(typed, onFile)).toBe(false);
    expect(shareFuzzyKey(typed, onFile)).toBe(true);
    expect(agreement(typed, onFile).kind).toBe('fuzzy');
  });

  it('keeps f and h, r and l apart: 胡 is not 傅, 饶 is not 劳', () => {
    expect(shareFuzzyKey('胡军', '傅军')).toBe(false);
    expect(shareFuzzyKey('饶军', '劳军')).toBe(false);
  });

  it('folds a key the same way whatever its spelling', () => {
    expect(fuzzyKey('zhangwei')).toBe(fuzzyKey('zanwei'));
    expect(fuzzyKey('liuyang')).toBe(fuzzyKey('niuyan'));
    expect(fuzzyKey('zhangwei')).not.toBe(fuzzyKey('wangwei'));
  });
});

describe('partial names and one-character typos', () => {
  it('has no keys for a surname alone: 张先生 and 欧阳 find nobody by name', () => {
    expect(nameKeys('张先生')).toEqual([]);
    expect(nameKeys('王女士')).toEqual([]);
    expect(nameKeys('欧阳')).toEqual([]);
    expect(nameKeys('张')).toEqual([]);
  });

  it('sees that 张先生 on a ledger starts like 张伟', () => {
    expect(agreement('张伟', '张先生')).toEqual({ kind: 'partial', reading: 'zhang' });
    expect(agreement('张', '张伟')).toEqual({ kind: 'partial', reading: 'zhang' });
  });

  it('sees a name being typed in pinyin as the start of the name on file', () => {
    expect(agreement('zhangw', '张伟')).toEqual({ kind: 'partial', reading: 'zhangw' });
    expect(agreement('z', '张伟').kind).toBe('differs');
  });

  it('does not take 展 for the start of 张伟: syllables are compared whole', () => {
    expect(agreement('展', '张伟').kind).toBe('differs');
  });

  it('sees a one-character typo: same length, one syllable different', () => {
    expect(agreement('王建军', '王建国').kind).toBe('typo');
    expect(agreement('李伟', '张伟').kind).toBe('typo');
    expect(agreement('王建', '王建国').kind).toBe('partial');
    expect(agreement('王军强', '王建国').kind).toBe('differs');
  });

  it('says nothing when no name was typed, and nothing of a name made only of punctuation', () => {
    expect(agreement('', '张伟').kind).toBe('none');
    expect(nameSound('·-·')).toBeNull();
  });
});
