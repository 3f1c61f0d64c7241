/**
 * The fields a registration ledger (来访客户登记表) is read into, and which column of a file holds each.
 * The CLI takes the columns its headers name; the import screen shows the same guess and lets the
 * supervisor change it (a ledger typed by hand rarely uses our words).
 */
export const LEDGER_FIELDS = ['ref', 'name', 'gender', 'phone', 'consultant', 'visitedAt', 'needs'] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** A registration is valid only with a name, a phone and when they came (see domain.md, "A registration"). */
export const REQUIRED_FIELDS: readonly LedgerField[] = ['name', 'phone', 'visitedAt'];

export const FIELD_ZH: Record<LedgerField, string> = {
  ref: '编号',
  name: '姓名',
  gender: '性别',
  phone: '电话',
  consultant: '置业顾问',
  visitedAt: '来访日期',
  needs: '需求',
};

/** Headers offices actually use, Chinese or English, for each field (compared without spaces, any case). */
const HEADERS: Record<LedgerField, string[]> = {
  ref: ['编号', '客户编号', '序号', 'ref'],
  name: ['姓名', '客户姓名', '客户', 'name'],
  gender: ['性别', 'gender', 'sex'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', 'phone', 'mobile'],
  consultant: ['置业顾问', '顾问', '销售', '接待顾问', 'consultant'],
  visitedAt: ['来访日期', '来访时间', '日期', 'visitedat', 'date'],
  needs: ['需求', '意向', '客户需求', 'needs'],
};

/** Which column (0-based) holds each field; null when the file has none. */
export type LedgerMapping = Record<LedgerField, number | null>;

export const cleanHeader = (h: string) => h.replace(/[\s\u3000]/g, '').toLowerCase();

/** The columns the headers name, the first one winning when two headers name the same field. */
export function guessMapping(header: readonly string[]): LedgerMapping {
  const mapping = Object.fromEntries(LEDGER_FIELDS.map((f) => [f, null])) as LedgerMapping;
  header.forEach((h, i) => {
    const field = LEDGER_FIELDS.find((f) => HEADERS[f].includes(cleanHeader(h)));
    if (field && mapping[field] === null) mapping[field] = i;
  });
  return mapping;
}

export const unmappedRequired = (mapping: LedgerMapping): LedgerField[] =>
  REQUIRED_FIELDS.filter((f) => mapping[f] === null);
