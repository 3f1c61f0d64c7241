import { describe, expect, it } from 'vitest';
import type { ClientRecord } from '../../electron/domain/clients';
import { scoreCandidate } from '../../electron/domain/match/candidates';
import {
  analyzeQuery,
  clientKeys,
  keyReaches,
  oneOffHalves,
  queryKeys,
  type MatchQuery,
  type StoredKey,
} from '../../electron/domain/match/match-keys';

const client = (id: number, name: string, ...phones: string[]): ClientRecord => ({
  id,
  ref: `C${String(id).padStart(5, '0')}`,
  name,
  phones,
  ownerId: 1,
  firstVisitAt: 0,
  lastVisitAt: 0,
  lastFollowUpAt: null,
  handedOverAt: null,
  referredByClientId: null,
});

const reachable = (query: MatchQuery, record: ClientRecord) => {
  const stored = clientKeys(record);
  return queryKeys(query).some((q) => stored.some((s) => keyReaches(q, s)));
};

const ofKind = (keys: { kind: string; key: string }[], kind: string) =>
  keys.filter((k) => k.kind === kind).map((k) => k.key);

describe('the keys stored for a client', () => {
  it('stores the phone, its last four and the name keys: four keys for 张伟', () => {
    const keys = clientKeys(client(1, '张伟', '13812345678'));
    expect(keys).toEqual([
      { kind: 'phone', key: '13812345678' },
      { kind: 'last4', key: '5678' },
      { kind: 'name', key: 'zhangwei' },
      { kind: 'fuzzy', key: 'zalwei' },
    ]);
  });

  it('stores every phone of a client, each normalized', () => {
    const keys = clientKeys(client(1, '张伟', '+86 138-1234-5678', '0571-8888 8888'));
    expect(ofKind(keys, 'phone')).toEqual(['13812345678', '057188888888']);
    expect(ofKind(keys, 'last4')).toEqual(['5678', '8888']);
  });

  it('stores one name key per reading of a polyphonic surname, and a bounded number overall', () => {
    const keys = clientKeys(client(1, '单雄', '13812345678'));
    expect(ofKind(keys, 'name')).toEqual(['shanxiong', 'danxiong', 'chanxiong']);
    for (const name of ['缪斯', '朴正熙', '尉迟恭', '张长乐', '欧阳娜娜']) {
      expect(clientKeys(client(1, name, '13812345678')).length).toBeLessThanOrEqual(2 + 8);
    }
  });

  it('stores no name key for a surname alone, and never the same key twice', () => {
    const keys = clientKeys(client(1, '张先生', '13812345678', '138 1234 5678'));
    expect(ofKind(keys, 'name')).toEqual([]);
    expect(new Set(keys.map((k) => `${k.kind}:${k.key}`)).size).toBe(keys.length);
  });
});

describe('a mobile one digit off', () => {
  const typed = '13812345678';
  const oneOff = Array.from({ length: 10 }, (_, i) => {
    const at = i + 1;
    const digit = typed[at] === '9' ? '0' : String(Number(typed[at]) + 1);
    return typed.slice(0, at) + digit + typed.slice(at + 1);
  });
  const onFile = (phone: string): StoredKey => ({ kind: 'phone', key: phone });
  const oneOffQuery = { kind: 'phoneOneOff' as const, key: typed };

  it('reaches a stored mobile that differs in any one digit after the leading 1', () => {
    for (const phone of oneOff) expect(keyReaches(oneOffQuery, onFile(phone))).toBe(true);
  });

  it('reaches neither the same mobile, nor one two digits apart, nor a landline, nor a last-four key', () => {
    expect(keyReaches(oneOffQuery, onFile(typed))).toBe(false);
    expect(keyReaches(oneOffQuery, onFile('13812345687'))).toBe(false);
    expect(keyReaches({ kind: 'phoneOneOff', key: '13888888888' }, onFile('03888888888'))).toBe(false);
    expect(keyReaches(oneOffQuery, { kind: 'last4', key: '5679' })).toBe(false);
  });

  it('finds every one of them where the database looks: a phone starting with the first seven, or ending in the last four', () => {
    const { head, tail } = oneOffHalves(typed);
    expect([head, tail]).toEqual(['1381234', '5678']);
    for (const phone of oneOff) expect(phone.startsWith(head) || phone.endsWith(tail)).toBe(true);
  });
});

describe('the keys looked up for what the receptionist typed', () => {
  it('looks up a whole mobile and the mobiles one digit off it, not its last four', () => {
    expect(queryKeys({ phone: '138 1234 5678' })).toEqual([
      { kind: 'phone', key: '13812345678' },
      { kind: 'phoneOneOff', key: '13812345678' },
    ]);
  });

  it('looks up four digits as the last four, and a mobile being typed as a prefix', () => {
    expect(queryKeys({ phone: '5678' })).toEqual([{ kind: 'last4', key: '5678' }]);
    expect(queryKeys({ phone: '138 12' })).toEqual([{ kind: 'phonePrefix', key: '13812' }]);
  });

  it('looks up a landline exactly', () => {
    expect(queryKeys({ phone: '0571 8888 8888' })).toEqual([{ kind: 'phone', key: '057188888888' }]);
  });

  it('looks up the name keys and their fuzzy forms', () => {
    expect(queryKeys({ name: '章伟' })).toEqual([
      { kind: 'name', key: 'zhangwei' },
      { kind: 'fuzzy', key: 'zalwei' },
    ]);
  });

  it('looks up nothing before anything useful is typed', () => {
    expect(queryKeys({})).toEqual([]);
    expect(queryKeys({ name: '张', phone: '138' })).toEqual([]);
    expect(queryKeys({ name: null, phone: null })).toEqual([]);
  });
});

describe('a prefix lookup is the range the database scans', () => {
  const stored: StoredKey[] = ['13812345678', '13812999999', '1381', '13813000000', '13912345678', '+13812345678'].map(
    (key) => ({ kind: 'phone', key }),
  );

  it("finds exactly the phones with key >= p AND key < p || '\\uffff'", () => {
    const prefix = { kind: 'phonePrefix' as const, key: '13812' };
    const inRange = stored.filter((s) => s.key >= prefix.key && s.key < `${prefix.key}\uffff`);
    expect(stored.filter((s) => keyReaches(prefix, s))).toEqual(inRange);
    expect(inRange.map((s) => s.key)).toEqual(['13812345678', '13812999999']);
  });

  it('never reaches keys of another kind', () => {
    expect(keyReaches({ kind: 'phonePrefix', key: '5678' }, { kind: 'last4', key: '5678' })).toBe(false);
    expect(keyReaches({ kind: 'name', key: 'zhangwei' }, { kind: 'fuzzy', key: 'zhangwei' })).toBe(false);
  });
});

// The database only ever sees the clients the keys lead to: every candidate the rules accept must be among them.
describe('every candidate is reachable through the index', () => {
  const office = [
    client(1, '张伟', '13812345678'),
    client(2, '李丽', '13812345678'),
    client(3, '单雄', '+86 139 0000 1111'),
    client(4, '陳偉', '13700002222'),
    client(5, '欧阳娜娜', '13600003333', '0571-8888 8888'),
    client(6, '张先生', '13500004444'),
    client(7, '王建国', '13400005555'),
    client(8, 'David Li', '+852 9123 4567'),
    client(9, '程伟', '13300006666'),
    client(10, '吕布', '13200007777'),
    client(11, '解缙', ''),
  ];
  const names = ['', '张伟', '章伟', '臧伟', 'zhang wei', '张', '张立', '李莉', '善雄', 'dan xiong', '陈伟', '陳偉'];
  const more = ['欧阳娜娜', 'ouyang nana', '张先生', '王建军', '王建', 'david li', '陈伟', 'lu bu', '谢缙', 'jie jin'];
  const phones = [
    '',
    '13812345678',
    '+86 138-1234-5678',
    '13812345679',
    '5678',
    '1111',
    '13812',
    '1381234567',
    '13900001112',
    '139 0000 1111',
    '0571 8888 8888',
    '+852 9123 4567',
    '4567',
    '4444',
    '5555',
    '13400005556',
    '6666',
    '7777',
    '13999999999',
  ];

  it('reaches every record the scorer accepts, for every name and phone typed', () => {
    let accepted = 0;
    for (const name of [...names, ...more]) {
      for (const phone of phones) {
        const query = { name, phone };
        for (const record of office) {
          if (scoreCandidate(analyzeQuery(query), record) === null) continue;
          accepted++;
          expect(reachable(query, record), `${name} / ${phone} → ${record.name}`).toBe(true);
        }
      }
    }
    // The corpus exercises the rules: most pairs are no candidate, but hundreds are.
    expect(accepted).toBeGreaterThan(300);
  });
});
