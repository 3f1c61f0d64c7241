import { html, type SafeHtml } from './html';
import {
  amendedRows,
  CHANNEL_LABELS,
  GENDER_LABELS,
  sheetTotals,
  weekdayOf,
  type AmendableField,
  type Count,
  type DailySheet,
  type SheetAmendment,
  type SheetChange,
  type SheetRow,
} from './daily-sheet-model';
import { BOLD, page, type Orientation, type PrintableDocument } from './page';

const FIELD_LABELS: Record<AmendableField, string> = {
  visitor: '访客姓名',
  gender: '性别',
  maskedPhone: '电话',
  partySize: '人数',
  channel: '渠道',
  needs: '需求',
  notes: '备注',
};

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const amendmentMark = (no: number): string => CIRCLED[no - 1] ?? `(${no})`;

function changeValue(c: SheetChange, value: SheetChange['to']): string {
  if (value === null || value === '') return '(空)';
  if (c.field === 'gender') return GENDER_LABELS[value as 'male' | 'female'] ?? String(value);
  if (c.field === 'channel') return CHANNEL_LABELS[String(value)] ?? String(value);
  return String(value);
}

const dayText = (day: string) => {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日 ${weekdayOf(day)}`;
};

function row(r: SheetRow, marks: string[]): SafeHtml {
  return html`<tr${marks.length > 0 ? html` class="amended"` : ''}>
<td class="num">${r.no}${marks.length > 0 ? html`<div class="mark">更正${marks.join('')}</div>` : ''}</td>
<td>${r.time}</td><td>${r.visitor ?? ''}</td><td>${r.gender ? GENDER_LABELS[r.gender] : ''}</td>
<td class="phone">${r.maskedPhone ?? ''}</td><td class="num">${r.partySize}</td>
<td>${r.channel ? (CHANNEL_LABELS[r.channel] ?? r.channel) : ''}</td><td>${r.needs ?? ''}</td>
<td>${r.returning ? '复访' : '首访'}</td><td>${r.receivedBy ?? ''}</td><td>${r.owner ?? ''}</td><td>${r.notes ?? ''}</td>
</tr>`;
}

const HEAD = html`<thead>
  <tr>
    <th class="c-no">序号</th>
    <th class="c-time">时间</th>
    <th class="c-name">访客姓名</th>
    <th class="c-gender">性别</th>
    <th class="c-phone">电话</th>
    <th class="c-party">人数</th>
    <th class="c-channel">渠道</th>
    <th>需求</th>
    <th class="c-first">首访/复访</th>
    <th class="c-who">接待顾问</th>
    <th class="c-who">归属顾问</th>
    <th class="c-notes">备注</th>
  </tr>
</thead>`;

const counts = (list: Count[]) => list.map((c) => html`<span class="count">${c.label} ${c.count}</span>`);

function totals(rows: SheetRow[]): SafeHtml {
  const t = sheetTotals(rows);
  return html`<section class="totals keep-together">
    <h2>合计</h2>
    <p>
      来访 <b>${t.visits}</b> 组 / ${t.people} 人 · 首访(新客户)<b>${t.newClients}</b> 组 · 复访
      <b>${t.returning}</b> 组
    </p>
    ${
      t.visits > 0
        ? html`<p>按接待顾问:${counts(t.byConsultant)}</p>
            <p>按来访渠道:${counts(t.byChannel)}</p>`
        : ''
    }
  </section>`;
}

function amendmentsSection(amendments: SheetAmendment[], rowNo: Map<number, number>): SafeHtml {
  if (amendments.length === 0) return html``;
  return html`<section class="amendments">
    <h2>更正记录(日结后)</h2>
    <table>
      <thead>
        <tr>
          <th class="c-no">更正</th>
          <th class="c-no">序号</th>
          <th>更正内容(原 → 新)</th>
          <th>原因</th>
          <th class="c-who">更正人</th>
          <th class="c-at">时间</th>
        </tr>
      </thead>
      <tbody>
        ${amendments.map(
          (a) =>
            html`<tr>
              <td class="num">${amendmentMark(a.no)}</td>
              <td class="num">${rowNo.get(a.visitId) ?? ''}</td>
              <td>
                ${a.changes.map(
                  (c) => html`<div>${FIELD_LABELS[c.field]}:${changeValue(c, c.from)} → ${changeValue(c, c.to)}</div>`,
                )}
              </td>
              <td>${a.reason}</td>
              <td>${a.by}</td>
              <td>${a.at}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function signatures(onDuty: string[]): SafeHtml {
  return html`<section class="signatures keep-together">
    <h2>案场各人员签字</h2>
    <div class="sign-grid">
      ${onDuty.map((name) => html`<div class="sign">${name}<span class="line"></span></div>`)}
    </div>
    <div class="sign-grid">
      <div class="sign">案场主管<span class="line"></span></div>
      <div class="sign">日期<span class="line"></span></div>
    </div>
  </section>`;
}

const CSS = `
  .sheet-head { margin-bottom: 3mm; }
  .sheet-head h1 { font-size: 15pt; text-align: center; letter-spacing: 0.1em; }
  .sheet-head .meta { display: flex; justify-content: space-between; margin-top: 2mm; gap: 4mm; }
  .sheet-head .fill { margin-top: 1.5mm; }
  .blank { display: inline-block; border-bottom: 0.5pt solid #000; min-width: 30mm; }
  .blank--wide { min-width: 90mm; }
  .sheet-table { font-size: 8pt; }
  .sheet-table th, .amendments th { white-space: nowrap; }
  .num { text-align: right; }
  .phone { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .c-no { width: 10mm; } .c-channel { width: 17mm; } .c-time { width: 10mm; } .c-gender { width: 7mm; } .c-party { width: 7mm; }
  .c-phone { width: 22mm; } .c-first { width: 12mm; } .c-who { width: 14mm; } .c-at { width: 26mm; }
  .mark { font-size: 6.5pt; white-space: nowrap; }
  tr.amended .mark { ${BOLD} }
  .empty { text-align: center; padding: 8mm; font-size: 11pt; }
  section { margin-top: 4mm; }
  section h2 { font-size: 10.5pt; margin-bottom: 1.5mm; }
  .totals p { margin: 1mm 0; }
  .count { display: inline-block; margin-right: 4mm; }
  .sign-grid { display: flex; flex-wrap: wrap; gap: 3mm 8mm; margin-top: 3mm; }
  .sign { display: flex; align-items: flex-end; gap: 2mm; min-width: 52mm; }
  .sign .line { flex: 1; border-bottom: 0.5pt solid #000; height: 7mm; }
  .closed { ${BOLD} }
  .redacted { margin: 1mm 0; font-size: 9pt; }
`;

/**
 * 依法删除: a person's data was erased from this closed day, so the reprint's words and 校验码 differ from
 * the filed paper's; the note names the erasure and the code the paper carries.
 */
function redactionNote(close: DailySheet['close']) {
  if (!close || close.redactions.length === 0) return '';
  const which = close.redactions.map((r) => `删除记录 #${r.erasureNo},删除前校验码 ${r.fingerprintBefore}`).join(';');
  return html`<p class="redacted">本日部分个人信息已依法删除(${which})</p>`;
}

/** The footer of every page: enough to tell which day's sheet a loose page belongs to. */
export function sheetFooter(sheet: DailySheet): string {
  const state = sheet.close ? `校验码 ${sheet.close.fingerprint}` : '未日结';
  return `${sheet.officeName} · 来访客户登记表 · ${sheet.day} ${weekdayOf(sheet.day)} · ${state}`;
}

/** 来访客户登记表: one day, numbered rows, totals, corrections, signatures; A4 portrait or landscape. */
export function dailySheetDocument(sheet: DailySheet, orientation: Orientation): PrintableDocument {
  const rows = amendedRows(sheet.rows, sheet.amendments);
  const rowNo = new Map(sheet.rows.map((r) => [r.visitId, r.no]));
  const marks = (visitId: number) =>
    sheet.amendments.filter((a) => a.visitId === visitId).map((a) => amendmentMark(a.no));
  const state = sheet.close
    ? html`<span class="closed"
        >已日结 ${sheet.close.closedAt} ${sheet.close.closedBy} · 校验码 ${sheet.close.fingerprint}</span
      >`
    : html`<span>未日结</span>`;
  const body = html`<header class="sheet-head">
      <h1>${sheet.officeName} 来访客户登记表</h1>
      <div class="meta">
        <span>${sheet.projectName ? html`项目:${sheet.projectName} · ` : ''}日期:${dayText(sheet.day)}</span>${state}
      </div>
      ${redactionNote(sheet.close)}
      <div class="fill">天气:<span class="blank"></span> 备注:<span class="blank blank--wide"></span></div>
    </header>
    <table class="sheet-table">
      ${HEAD}
      <tbody>
        ${
          rows.length === 0
            ? html`<tr>
                <td class="empty" colspan="12">本日无来访登记</td>
              </tr>`
            : rows.map((r) => row(r, marks(r.visitId)))
        }
      </tbody>
    </table>
    ${totals(rows)} ${amendmentsSection(sheet.amendments, rowNo)} ${signatures(sheet.onDuty)}`;
  return page({
    title: `来访客户登记表 ${sheet.day}`,
    orientation,
    body,
    css: CSS,
    footer: sheetFooter(sheet),
  });
}
