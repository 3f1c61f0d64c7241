import { describe, expect, it } from 'vitest';
import type { Candidate, ClientRecord } from '../../electron/domain/clients';
import { rankCandidates, STRONG_SCORE } from '../../electron/domain/match/candidates';
import { clientKeys, keyReaches, queryKeys, type MatchQuery } from '../../electron/domain/match/match-keys';

interface Seen {
  lastVisitAt?: number;
  lastFollowUpAt?: number;
}

const client = (id: number, name: string, phones: string[], seen: Seen = {}): ClientRecord => ({
  id,
  ref: `C${String(id).padStart(5, '0')}`,
  name,
  phones,
  ownerId: 1,
  firstVisitAt: 0,
  lastVisitAt: seen.lastVisitAt ?? 0,
  lastFollowUpAt: seen.lastFollowUpAt ?? null,
  handedOverAt: null,
  referredByClientId: null,
});

/** What the database does: the clients any query key reaches, then the rules rank them. */
function find(query: MatchQuery, office: ClientRecord[]): (Candidate & { name: string })[] {
  const keys = queryKeys(query);
  const found = office.filter((record) => clientKeys(record).some((s) => keys.some((q) => keyReaches(q, s))));
  const names = new Map(office.map((r) => [r.id, r.name]));
  return rankCandidates(query, found).map((c) => ({ ...c, name: names.get(c.clientId) ?? '?' }));
}

const only = (query: MatchQuery, record: ClientRecord) => find(query, [record])[0];
const zh = (c: Candidate | undefined) => c?.reasons.map((r) => r.zh);
const codes = (c: Candidate | undefined) => c?.reasons.map((r) => r.code);

const zhangWei = client(1, '张伟', ['13812345678']);

describe('strong: the phone, in any format', () => {
  it.each(['13812345678', '+86 138 1234 5678', '86 13812345678', '(+86)138-1234-5678', '１３８ １２３４ ５６７８'])(
    'finds 张伟 by %j and calls it strong',
    (phone) => {
      const found = only({ name: '张伟', phone }, zhangWei);
      expect(found).toMatchObject({ clientId: 1, level: 'strong', score: 0.99, household: false });
      expect(zh(found)).toEqual(['电话与档案一致', '姓名相同']);
    },
  );

  it('finds the client by the phone alone, before a name is typed', () => {
    expect(only({ phone: '138-1234-5678' }, zhangWei)).toMatchObject({ level: 'strong', score: 0.95 });
  });

  it('finds a client by the second phone on the record, or by a landline', () => {
    const both = client(2, '李雷', ['13900001111', '057188888888']);
    expect(only({ phone: '139 0000 1111' }, both)?.level).toBe('strong');
    expect(only({ phone: '+86 571 8888 8888' }, both)?.level).toBe('strong');
  });

  it('keeps the same phone with a homophone or a name still being typed the same person', () => {
    expect(only({ name: '章伟', phone: '13812345678' }, zhangWei)).toMatchObject({ score: 0.99, household: false });
    expect(only({ name: '张', phone: '13812345678' }, zhangWei)).toMatchObject({ score: 0.95, household: false });
  });
});

describe('strong: a household sharing a phone (一家人)', () => {
  it('flags the same phone under another name as a household', () => {
    const found = only({ name: '李丽', phone: '+86 138 1234 5678' }, zhangWei);
    expect(found).toMatchObject({ level: 'strong', score: 0.9, household: true });
    expect(zh(found)).toEqual(['同一电话,可能是一家人']);
  });

  it('offers the visitor both their own record and the household member, their own first', () => {
    const office = [zhangWei, client(2, '李丽', ['13812345678'])];
    const found = find({ name: '李丽', phone: '13812345678' }, office);
    expect(found.map((c) => [c.name, c.household])).toEqual([
      ['李丽', false],
      ['张伟', true],
    ]);
  });
});

describe('strong: the last four digits and the name by sound', () => {
  it('finds a client by the last four digits and a homophone name', () => {
    const found = only({ name: '章伟', phone: '5678' }, zhangWei);
    expect(found).toMatchObject({ level: 'strong', score: 0.85 });
    expect(zh(found)).toEqual(['电话后四位相同', '姓名读音相同(zhang wei)']);
  });

  it('finds a client by the last four digits and the name heard with a southern accent', () => {
    const found = only({ name: '臧伟', phone: '5678' }, zhangWei);
    expect(found).toMatchObject({ level: 'strong', score: 0.8 });
    expect(codes(found)).toEqual(['phoneLast4', 'nameFuzzy']);
  });

  it('does not offer a stranger who only shares the last four digits', () => {
    expect(find({ phone: '5678' }, [zhangWei])).toEqual([]);
    expect(find({ name: '刘洋', phone: '5678' }, [zhangWei])).toEqual([]);
  });

  it('offers the last four with a one-character typo or only the surname as possible', () => {
    const typo = only({ name: '张强', phone: '5678' }, zhangWei);
    expect(typo).toMatchObject({ level: 'possible', score: 0.65 });
    expect(zh(typo)).toEqual(['电话后四位相同', '姓名仅差一字']);
    const ledger = client(2, '张先生', ['13812345678']);
    const surname = only({ name: '张伟', phone: '5678' }, ledger);
    expect(surname).toMatchObject({ level: 'possible', score: 0.6 });
    expect(zh(surname)).toEqual(['电话后四位相同', '姓名开头读音相同(zhang)']);
  });
});

describe('possible: the name alone', () => {
  it('offers a client by name alone as possible, never strong', () => {
    expect(only({ name: '张伟' }, zhangWei)).toMatchObject({ level: 'possible', score: 0.55 });
    expect(only({ name: '张威' }, zhangWei)).toMatchObject({ level: 'possible', score: 0.5 });
    expect(only({ name: '臧伟' }, zhangWei)).toMatchObject({ level: 'possible', score: 0.45 });
  });

  it('never calls the same name with a different phone strong, and says the phone differs', () => {
    const found = only({ name: '张伟', phone: '139 9999 9999' }, zhangWei);
    expect(found).toMatchObject({ level: 'possible', household: false });
    expect(found?.score).toBeLessThan(only({ name: '张伟' }, zhangWei)?.score ?? 0);
    expect(zh(found)).toEqual(['姓名相同', '电话与档案不同']);
    expect(only({ name: '张伟', phone: '1234' }, zhangWei)?.level).toBe('possible');
  });

  it('finds 张伟 from 章伟 typed by ear', () => {
    expect(zh(only({ name: '章伟' }, zhangWei))).toEqual(['姓名读音相同(zhang wei)']);
  });

  it('treats 陳偉 and 陈伟 as one name, and says why', () => {
    const chen = client(3, '陈伟', ['13700002222']);
    expect(zh(only({ name: '陳偉' }, chen))).toEqual(['姓名相同', '繁体/简体写法不同']);
    expect(only({ name: '陳偉', phone: '2222' }, chen)?.level).toBe('strong');
  });

  it('finds a client from a name typed in pinyin, and says so', () => {
    for (const typed of ['zhangwei', 'Zhang Wei', 'zhang-wei', 'ZHANG WEI']) {
      expect(zh(only({ name: typed }, zhangWei))).toEqual(['姓名读音相同(zhang wei)', '姓名为拼音输入']);
    }
  });

  it('does not offer a one-character typo or a bare surname on its own: they fit thousands of strangers', () => {
    expect(find({ name: '张强' }, [zhangWei])).toEqual([]);
    expect(find({ name: '张' }, [zhangWei])).toEqual([]);
    expect(find({ name: '张先生' }, [zhangWei])).toEqual([]);
  });
});

describe('polyphonic and compound surnames typed in pinyin or by ear', () => {
  it.each([
    ['单雄', 'shan xiong'],
    ['曾小贤', 'zeng xiaoxian'],
    ['仇英', 'qiu ying'],
    ['解缙', 'xie jin'],
    ['区志强', 'ou zhiqiang'],
    ['朴正熙', 'piao zhengxi'],
    ['查良镛', 'zha liangyong'],
    ['盖聂', 'ge nie'],
    ['缪斯', 'miao si'],
    ['欧阳娜娜', 'ouyang nana'],
    ['司马光', 'sima guang'],
    ['尉迟恭', 'yuchi gong'],
    ['万俟卨', 'moqi xie'],
  ])('finds %s from %j and the last four digits, strong', (name, typed) => {
    const found = only({ name: typed, phone: '5678' }, client(4, name, ['13812345678']));
    expect(found).toMatchObject({ level: 'strong', score: 0.85 });
    expect(codes(found)).toEqual(['phoneLast4', 'nameSound', 'namePinyin']);
  });

  it('reads 单 as the surname Shàn, so 单雄 matches shan xiong typed in pinyin', () => {
    expect(zh(only({ name: 'Shan Xiong' }, client(4, '单雄', ['13812345678'])))).toEqual([
      '姓名读音相同(shan xiong)',
      '姓名为拼音输入',
    ]);
  });

  it('finds 谢缙 on file from 解缙 read as written (jie) or heard (xie)', () => {
    const xie = client(4, '解缙', ['13812345678']);
    expect(only({ name: '谢缙', phone: '5678' }, xie)?.level).toBe('strong');
    expect(only({ name: 'jie jin', phone: '5678' }, xie)?.level).toBe('strong');
  });
});

describe('possible: a phone one digit off', () => {
  it('offers a client whose phone is one digit off, and says so', () => {
    const found = only({ phone: '13812345679' }, zhangWei);
    expect(found).toMatchObject({ level: 'possible', score: 0.45 });
    expect(zh(found)).toEqual(['电话仅差一位']);
  });

  it('scores one digit off higher with the same name, but never strong', () => {
    const found = only({ name: '张伟', phone: '13912345678' }, zhangWei);
    expect(found).toMatchObject({ level: 'possible', score: 0.77 });
    expect(zh(found)).toEqual(['电话仅差一位', '姓名相同']);
  });

  it('does not take two digits off for one', () => {
    expect(find({ phone: '13812345687' }, [zhangWei])).toEqual([]);
  });
});

describe('the phone as it is typed, keystroke by keystroke', () => {
  it('narrows to the clients whose phone starts with the digits typed so far', () => {
    const office = [zhangWei, client(2, '李雷', ['13812999999']), client(3, '王芳', ['13900001111'])];
    expect(find({ phone: '1381' }, office)).toEqual([]);
    expect(find({ phone: '13812' }, office).map((c) => c.name)).toEqual(['张伟', '李雷']);
    const typed = find({ phone: '1381234' }, office);
    expect(typed.map((c) => c.name)).toEqual(['张伟']);
    expect(typed[0]).toMatchObject({ level: 'possible' });
    expect(zh(typed[0])).toEqual(['电话前7位相同']);
    expect(find({ phone: '13812345678' }, office)[0]).toMatchObject({ name: '张伟', level: 'strong' });
  });

  it('keeps, while the phone is being typed, only the clients whose name does not contradict it', () => {
    const office = [client(2, '李雷', ['13812999999']), client(3, '张丽', ['13812000000']), zhangWei];
    expect(find({ name: '张伟', phone: '13812' }, office).map((c) => [c.name, c.score])).toEqual([
      ['张伟', 0.62],
      ['张丽', 0.45],
    ]);
    expect(find({ name: '张', phone: '13812' }, office).map((c) => [c.name, c.score])).toEqual([
      ['张伟', 0.4],
      ['张丽', 0.4],
    ]);
  });
});

describe('ranking', () => {
  const office = [
    client(1, '张伟', ['13812345678']),
    client(2, '章伟', ['13900000000'], { lastVisitAt: 100 }),
    client(3, '张威', ['13700000000'], { lastFollowUpAt: 200 }),
    client(4, '张薇', ['13600000000'], { lastVisitAt: 200 }),
    client(5, '李丽', ['13812345678']),
  ];

  it('puts the best candidate first, then the most recently seen among equals, then the older record', () => {
    const found = find({ name: '张伟', phone: '13812345678' }, office);
    expect(found.map((c) => c.name)).toEqual(['张伟', '李丽', '张威', '张薇', '章伟']);
    expect(found.map((c) => c.score)).toEqual([0.99, 0.9, 0.35, 0.35, 0.35]);
  });

  it('does not depend on the order the database returns the records in', () => {
    const query = { name: '张伟' };
    const forward = rankCandidates(query, office).map((c) => c.clientId);
    expect(rankCandidates(query, [...office].reverse()).map((c) => c.clientId)).toEqual(forward);
  });

  it('offers a record found through several keys once', () => {
    expect(rankCandidates({ name: '张伟', phone: '5678' }, [zhangWei, zhangWei])).toHaveLength(1);
  });

  it('offers nothing when nothing was typed', () => {
    expect(find({}, office)).toEqual([]);
    expect(rankCandidates({ name: '', phone: '' }, office)).toEqual([]);
  });
});

describe('levels, scores and reasons across every combination', () => {
  const office = [zhangWei, client(2, '李丽', ['13812345678']), client(3, '陈伟', ['13700002222'])];
  const queries: MatchQuery[] = [];
  for (const name of ['', '张伟', '章伟', '臧伟', '张', '张强', '陳偉', 'zhang wei', '李丽', '程伟']) {
    for (const phone of ['', '13812345678', '13812345679', '5678', '2222', '13812', '13799999999']) {
      queries.push({ name, phone });
    }
  }
  const all = queries.flatMap((q) => find(q, office));

  it('is strong exactly when the score reaches the strong threshold, and scores lie in (0, 1]', () => {
    expect(all.length).toBeGreaterThan(80);
    for (const c of all) {
      expect(c.level).toBe(c.score >= STRONG_SCORE ? 'strong' : 'possible');
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });

  it('gives every candidate at least one reason, in Chinese and in English', () => {
    for (const c of all) {
      expect(c.reasons.length).toBeGreaterThan(0);
      for (const r of c.reasons) {
        expect(r.zh).toMatch(/\p{Script=Han}/u);
        expect(r.en).toMatch(/^[\x20-\x7e]+$/);
      }
    }
  });

  it('flags a household only when the phone is the same and the name is not', () => {
    for (const c of all.filter((c) => c.household)) {
      expect(c.level).toBe('strong');
      expect(codes(c)).toEqual(['phoneHousehold']);
    }
    expect(all.some((c) => c.household)).toBe(true);
  });
});
