import type { ClashSideView, RulingView, SaleView } from '../api/disputes-types';
import { formatClock, officeDay } from '../domain/office-time';
import type { Reason } from '../domain/reasons';
import { html, type SafeHtml } from './html';
import { BOLD, page, type PrintableDocument } from './page';

export type RulingLang = 'zh' | 'en';

export interface RulingDocumentInput {
  lang: RulingLang;
  officeName: string;
  projectName: string;
  timeZone: string;
  ruling: RulingView;
  /** The client's sales and their splits, if any were recorded. */
  sales: SaleView[];
}

/** Evidence rows per side that still leave the page one page; the rest are counted, not dropped silently. */
const MAX_ROWS = 8;

const WORDS = {
  zh: {
    title: '撞单裁定书',
    number: '裁定编号',
    decidedAt: '裁定时间',
    supervisor: '裁定主管',
    clash: '一、撞单情况',
    kind: { samePerson: '同一客户重复登记', household: '一家人分别登记', standIn: '保护期内他人接待' },
    evidence: '二、双方登记与回访记录',
    consultant: '顾问',
    record: '客户档案',
    phones: '电话',
    firstRegistration: '最早完整登记',
    registrations: '来访登记',
    followUps: '回访记录',
    incomplete: '(登记不全)',
    imported: '台账导入',
    receivedBy: (name: string) => `${name}接待`,
    inProtection: '保护期内',
    none: '无',
    more: (n: number) => `另有 ${n} 条`,
    suggestion: '三、按规则的建议',
    suggestedOwner: (name: string) => `建议归属:${name}`,
    noSuggestion: '规则无明确归属',
    decision: '四、裁定',
    owner: (name: string) => `客户归属:${name}`,
    reason: '裁定理由',
    split: '五、成交与分单',
    soldOn: '成交日期',
    unit: '房号',
    amount: '成交金额',
    shares: '分成',
    closer: '成交',
    ownerRole: '原顾问',
    overridden: '(主管调整)',
    noSales: '尚无成交记录;成交后按分单规则另行确认。',
    sign: '双方确认',
    signOf: (name: string) => `${name} 签字`,
    supervisorSign: (name: string) => `主管 ${name} 签字`,
    date: '日期',
    yuan: (fen: number) => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`,
  },
  en: {
    title: 'Ruling on a clash',
    number: 'Ruling no.',
    decidedAt: 'Decided',
    supervisor: 'Supervisor',
    clash: '1. The clash',
    kind: {
      samePerson: 'One client registered twice',
      household: 'One household registered by two',
      standIn: 'Received by another while protected',
    },
    evidence: '2. Registrations and follow-ups of both sides',
    consultant: 'Consultant',
    record: 'Client record',
    phones: 'Phone',
    firstRegistration: 'Earliest complete registration',
    registrations: 'Registrations',
    followUps: 'Follow-ups',
    incomplete: '(incomplete)',
    imported: 'ledger import',
    receivedBy: (name: string) => `received by ${name}`,
    inProtection: 'within protection',
    none: 'none',
    more: (n: number) => `${n} more`,
    suggestion: '3. What the rules suggest',
    suggestedOwner: (name: string) => `Suggested owner: ${name}`,
    noSuggestion: 'The rules name no owner',
    decision: '4. Ruling',
    owner: (name: string) => `The client belongs to ${name}`,
    reason: 'Reason',
    split: '5. Sale and split',
    soldOn: 'Sold on',
    unit: 'Unit',
    amount: 'Amount',
    shares: 'Shares',
    closer: 'closer',
    ownerRole: 'owner',
    overridden: '(set by the supervisor)',
    noSales: 'No sale recorded yet; a sale is shared by the split rules.',
    sign: 'Acknowledged by',
    signOf: (name: string) => `${name}, signature`,
    supervisorSign: (name: string) => `Supervisor ${name}, signature`,
    date: 'Date',
    yuan: (fen: number) => `¥${(fen / 100).toLocaleString('en', { minimumFractionDigits: 2 })}`,
  },
};

/** One page: tight type, the two sides side by side, the signatures at the foot. */
const CSS = `
  body { font-size: 9pt; line-height: 1.4; }
  header { text-align: center; border-bottom: 1.5pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
  h1 { font-size: 18pt; letter-spacing: 0.2em; }
  .office { font-size: 10.5pt; margin-top: 1mm; }
  .meta { display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 2mm; }
  h2 { font-size: 11pt; margin: 3mm 0 1.5mm; }
  ul { margin: 0; padding-left: 5mm; }
  .sides { table-layout: fixed; }
  .sides td { width: 50%; }
  .sides h3 { font-size: 10pt; margin-bottom: 1mm; }
  .label { ${BOLD} margin-top: 1mm; }
  .decision { border: 1pt solid #000; padding: 2mm 3mm; }
  .decision .owner { font-size: 12pt; ${BOLD} }
  .signs { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; margin-top: 8mm; }
  .signs div { border-top: 0.75pt solid #000; padding-top: 1mm; min-height: 14mm; }
`;

export function rulingNumber(id: number): string {
  return `R${String(id).padStart(5, '0')}`;
}

/** 撞单裁定书: the clash, both sides' evidence, the decision with its reasons, any split, and three signatures. */
export function rulingDocument(input: RulingDocumentInput): PrintableDocument {
  const w = WORDS[input.lang];
  const { ruling } = input;
  const text = (r: Reason) => (input.lang === 'en' ? r.en : r.zh);
  const when = (t: number) => `${officeDay(t, input.timeZone)} ${formatClock(t, input.timeZone)}`;
  const list = (rs: Reason[]) =>
    html`<ul>
      ${rs.map((r) => html`<li>${text(r)}</li>`)}
    </ul>`;
  const rows = <T>(items: T[], one: (x: T) => SafeHtml): SafeHtml =>
    items.length === 0
      ? html`<div>${w.none}</div>`
      : html`${items.slice(-MAX_ROWS).map(one)}${items.length > MAX_ROWS && html`<div>${w.more(items.length - MAX_ROWS)}</div>`}`;

  const side = (s: ClashSideView) =>
    html`<td>
      <h3>${w.consultant}:${s.consultant.name}</h3>
      <div>${w.record}:${s.client.ref} ${s.client.name} · ${w.phones} ${s.maskedPhones.join(' / ')}</div>
      <div>${w.firstRegistration}:${s.firstRegisteredAt === null ? w.none : when(s.firstRegisteredAt)}</div>
      <div class="label">${w.registrations}</div>
      ${rows(
        s.visits,
        (v) =>
          html`<div>
            ${when(v.at)} ·
            ${v.receivedBy === null ? w.imported : w.receivedBy(v.receivedBy)}${!v.complete && w.incomplete}
          </div>`,
      )}
      <div class="label">${w.followUps}</div>
      ${rows(
        s.followUps,
        (f) =>
          html`<div>
            ${when(f.at)} · ${f.consultant} · ${f.content}${f.withinProtection && html` ✓${w.inProtection}`}
          </div>`,
      )}
    </td>`;

  const [a, b] = ruling.clash.sides;
  const office = [input.officeName, input.projectName].filter((s) => s.trim() !== '').join(' · ');
  const body = html`<header>
      <h1>${w.title}</h1>
      ${office && html`<div class="office">${office}</div>`}
    </header>
    <div class="meta">
      <span>${w.number}:${ruling.number}</span>
      <span>${w.decidedAt}:${when(ruling.decidedAt)}</span>
      <span>${w.supervisor}:${ruling.decidedBy.name}</span>
    </div>
    <h2>${w.clash}:${w.kind[ruling.kind]}</h2>
    ${list(ruling.clash.reasons)}
    <h2>${w.evidence}</h2>
    <table class="sides">
      <tr>
        ${side(a)}${side(b)}
      </tr>
    </table>
    <h2>${w.suggestion}</h2>
    <div>${ruling.clash.suggestion.owner ? w.suggestedOwner(ruling.clash.suggestion.owner.name) : w.noSuggestion}</div>
    ${list(ruling.clash.suggestion.reasons)}
    <h2>${w.decision}</h2>
    <div class="decision keep-together">
      <div class="owner">${w.owner(ruling.owner.name)}</div>
      <div>${w.reason}:${ruling.note}</div>
      ${list(ruling.reasons)}
    </div>
    <h2>${w.split}</h2>
    ${
      input.sales.length === 0
        ? html`<div>${w.noSales}</div>`
        : html`<table>
            <thead>
              <tr>
                <th>${w.soldOn}</th>
                <th>${w.unit}</th>
                <th>${w.amount}</th>
                <th>${w.shares}</th>
              </tr>
            </thead>
            <tbody>
              ${input.sales.map(
                (s) =>
                  html`<tr>
                    <td>${s.soldOn}</td>
                    <td>${s.unit ?? ''}</td>
                    <td>${s.amountFen === null ? '' : w.yuan(s.amountFen)}</td>
                    <td>
                      ${s.shares.map(
                        (sh) =>
                          html`<div>
                            ${sh.consultant.name}(${sh.role === 'closer' ? w.closer : w.ownerRole})${sh.label}${sh.amountFen !== null && html` · ${w.yuan(sh.amountFen)}`}
                          </div>`,
                      )}
                      ${s.overridden && html`<div>${w.overridden} ${s.note ?? ''}</div>`}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h2>${w.sign}</h2>
    <div class="signs keep-together">
      <div>${w.signOf(a.consultant.name)}<br />${w.date}:</div>
      <div>${w.signOf(b.consultant.name)}<br />${w.date}:</div>
      <div>${w.supervisorSign(ruling.decidedBy.name)}<br />${w.date}:</div>
    </div>`;

  return page({
    title: `${w.title} ${ruling.number}`,
    orientation: 'portrait',
    body,
    css: CSS,
    footer: `${office === '' ? '' : `${office} · `}${w.title} ${ruling.number}`,
  });
}
