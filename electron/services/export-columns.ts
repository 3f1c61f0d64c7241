import type { ClientExportRow, RegistrationExportRow } from '../../db/queries/export-rows';

/**
 * The columns of each export, declared once for both writers (XLSX and CSV): the header in both
 * languages, the width a person needs to read it, and what kind of value it holds — date columns
 * become real date cells in the spreadsheet and office-time text in the CSV.
 */
export type ExportLang = 'zh-CN' | 'en';
export type ColumnKind = 'text' | 'number' | 'datetime';

export interface ExportColumn<R> {
  zh: string;
  en: string;
  /** In Excel's character widths; a Chinese character takes two. */
  width: number;
  kind: ColumnKind;
  /** Text or a number; for 'datetime', epoch milliseconds. Null leaves the cell empty. */
  value: (row: R, lang: ExportLang) => string | number | null;
}

type Words = { zh: string; en: string };
const say = (w: Words, lang: ExportLang) => (lang === 'en' ? w.en : w.zh);
const either = (lang: ExportLang, yes: boolean | null, t: Words, f: Words) =>
  yes === null ? null : say(yes ? t : f, lang);

const GENDER: Record<'male' | 'female', Words> = { male: { zh: '男', en: 'M' }, female: { zh: '女', en: 'F' } };
const CHANNEL: Record<string, Words> = {
  walkIn: { zh: '自然到访', en: 'Walk-in' },
  referral: { zh: '老带新/介绍', en: 'Referral' },
  phone: { zh: '来电', en: 'Phone call' },
  online: { zh: '网络', en: 'Online' },
  outdoor: { zh: '户外广告', en: 'Outdoor ads' },
  agency: { zh: '渠道/中介', en: 'Agency' },
  other: { zh: '其他', en: 'Other' },
};
const gender = (g: 'male' | 'female' | null, lang: ExportLang) => (g ? say(GENDER[g], lang) : null);

/** 来访登记: one line per visit, the columns of the daily registration sheet and the rest of the form. */
export const REGISTRATION_COLUMNS: ExportColumn<RegistrationExportRow>[] = [
  { zh: '来访时间', en: 'Visited at', width: 17, kind: 'datetime', value: (r) => r.arrivedAt },
  { zh: '客户编号', en: 'Client ref', width: 11, kind: 'text', value: (r) => r.clientRef },
  { zh: '姓名', en: 'Name', width: 10, kind: 'text', value: (r) => r.name },
  { zh: '性别', en: 'Gender', width: 7, kind: 'text', value: (r, l) => gender(r.gender, l) },
  { zh: '电话', en: 'Phone', width: 15, kind: 'text', value: (r) => r.phone },
  { zh: '来访人数', en: 'Party size', width: 10, kind: 'number', value: (r) => r.partySize },
  {
    zh: '同行人',
    en: 'Companions',
    width: 20,
    kind: 'text',
    value: (r, l) =>
      r.party
        .map((p) => [p.name, p.relation && `(${p.relation})`].filter(Boolean).join(''))
        .filter(Boolean)
        .join(l === 'en' ? ', ' : '、') || null,
  },
  {
    zh: '来访渠道',
    en: 'Channel',
    width: 12,
    kind: 'text',
    value: (r, l) => (r.channel ? say(CHANNEL[r.channel] ?? { zh: r.channel, en: r.channel }, l) : null),
  },
  { zh: '意向等级', en: 'Intent', width: 9, kind: 'text', value: (r) => r.intent },
  { zh: '项目', en: 'Project', width: 12, kind: 'text', value: (r) => r.needs.project },
  { zh: '户型', en: 'Unit type', width: 10, kind: 'text', value: (r) => r.needs.unitType },
  { zh: '面积', en: 'Area', width: 9, kind: 'text', value: (r) => r.needs.area },
  { zh: '预算', en: 'Budget', width: 10, kind: 'text', value: (r) => r.needs.budget },
  {
    zh: '首访/复访',
    en: 'First visit',
    width: 10,
    kind: 'text',
    value: (r, l) => either(l, r.firstVisit, { zh: '首访', en: 'first' }, { zh: '复访', en: 'returning' }),
  },
  { zh: '接待顾问', en: 'Received by', width: 11, kind: 'text', value: (r) => r.receiver },
  { zh: '归属顾问', en: 'Owner', width: 11, kind: 'text', value: (r) => r.owner },
  {
    zh: '登记完整',
    en: 'Complete',
    width: 9,
    kind: 'text',
    value: (r, l) => either(l, r.complete, { zh: '是', en: 'yes' }, { zh: '否', en: 'no' }),
  },
  { zh: '备注', en: 'Notes', width: 30, kind: 'text', value: (r) => r.notes },
];

/** A client with their protection judged at the moment of the export. */
export type ClientSheetRow = ClientExportRow & { protectedUntil: number | null; isProtected: boolean };

/** 客户档案: one line per client who came in the range, with owner and protection. */
export const CLIENT_COLUMNS: ExportColumn<ClientSheetRow>[] = [
  { zh: '客户编号', en: 'Client ref', width: 11, kind: 'text', value: (r) => r.ref },
  { zh: '姓名', en: 'Name', width: 10, kind: 'text', value: (r) => r.name },
  { zh: '性别', en: 'Gender', width: 7, kind: 'text', value: (r, l) => gender(r.gender, l) },
  { zh: '电话', en: 'Phones', width: 28, kind: 'text', value: (r, l) => r.phones.join(l === 'en' ? ', ' : '、') },
  {
    zh: '归属顾问',
    en: 'Owner',
    width: 14,
    kind: 'text',
    value: (r, l) =>
      r.owner && r.ownerActive === false ? `${r.owner}${say({ zh: '(已离职)', en: ' (left)' }, l)}` : r.owner,
  },
  { zh: '介绍人', en: 'Referred by', width: 10, kind: 'text', value: (r) => r.referredBy },
  { zh: '首次来访', en: 'First visit', width: 17, kind: 'datetime', value: (r) => r.firstVisitAt },
  { zh: '最近来访', en: 'Last visit', width: 17, kind: 'datetime', value: (r) => r.lastVisitAt },
  { zh: '最近跟进', en: 'Last follow-up', width: 17, kind: 'datetime', value: (r) => r.lastFollowUpAt },
  { zh: '保护期至', en: 'Protected until', width: 17, kind: 'datetime', value: (r) => r.protectedUntil },
  {
    zh: '保护状态',
    en: 'Protection',
    width: 10,
    kind: 'text',
    value: (r, l) =>
      r.owner === null
        ? null
        : either(l, r.isProtected, { zh: '保护中', en: 'protected' }, { zh: '已过期', en: 'lapsed' }),
  },
  { zh: '来访次数', en: 'Visits', width: 9, kind: 'number', value: (r) => r.visits },
  { zh: '区间内来访', en: 'Visits in range', width: 11, kind: 'number', value: (r) => r.visitsInRange },
];

export const headerOf = (c: ExportColumn<never>, lang: ExportLang) => (lang === 'en' ? c.en : c.zh);
