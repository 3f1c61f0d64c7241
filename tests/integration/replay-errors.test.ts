import { describe, expect, it } from 'vitest';
import { ReplayFileError } from '../../electron/cli/replay-file';
import { replayText } from '../../electron/cli/replay';

/** A replay file, one JSON line per array entry, so a test knows which line is which. */
const file = (...lines: string[]) => lines.join('\n');

const head = [
  '{',
  '  "date": "2026-11-20",',
  '  "consultants": [{ "name": "王芳" }, { "name": "李雷" }, { "name": "刘洋", "active": false }],',
  '  "events": [',
];
const tail = ['  ]', '}'];
/** Line 5 onward are the events, one per line. */
const day = (...events: string[]) =>
  file(...head, ...events.map((e, i) => (i < events.length - 1 ? `${e},` : e)), ...tail);

function failure(text: string): ReplayFileError {
  try {
    replayText(text);
  } catch (err) {
    if (err instanceof ReplayFileError) return err;
    throw err;
  }
  throw new Error('the replay was expected to refuse this file');
}

describe('replay refuses a malformed file, naming the line and the field', () => {
  it('says the file is not JSON and on which line', () => {
    const e = failure(day('    { "at": "09:00", "type": "arrival", "id": "V1" },,'));
    expect(e.message).toMatch(/^回放文件不是有效的 JSON:第 5 行/);
  });

  it('names the line and field of a bad time', () => {
    const e = failure(
      day(
        '    { "at": "09:00", "type": "arrival", "id": "V1" }',
        '    { "at": "9点半", "type": "arrival", "id": "V2" }',
      ),
    );
    expect(e.message).toBe('回放文件有误:\n第 6 行 字段 events.1.at:时间格式应为 HH:MM');
  });

  it('names an unknown event type', () => {
    const e = failure(day('    { "at": "09:00", "type": "coffee" }'));
    expect(e.message).toContain('第 5 行 字段 events.0.type');
    expect(e.message).toContain('事件类型应为 arrival、status、done');
  });

  it('names a missing date', () => {
    const e = failure(file('{', '  "consultants": [{ "name": "王芳" }],', '  "events": []', '}'));
    expect(e.message).toContain('字段 date');
  });

  it('names a rule setting that does not exist or a value it does not know', () => {
    const text = file(
      '{',
      '  "policy": { "preset": "default", "overrides": { "rotation.busy": "sometimes" } },',
      '  "date": "2026-11-20",',
      '  "consultants": [{ "name": "王芳" }],',
      '  "events": []',
      '}',
    );
    const e = failure(text);
    expect(e.message).toContain('第 2 行 字段 policy.overrides.rotation.busy');
    expect(failure(text.replace('"rotation.busy": "sometimes"', '"rotation.busy2": "skip"')).message).toContain(
      '第 2 行 字段 policy.overrides',
    );
  });
});

describe('replay refuses a roster that cannot be set up, as a file error rather than a crash', () => {
  it('names a lunch window that ends before it starts', () => {
    const text = file(
      '{',
      '  "date": "2026-11-20",',
      '  "consultants": [{ "name": "王芳" }],',
      '  "lunch": { "from": "13:30", "to": "12:00" },',
      '  "events": []',
      '}',
    );
    const e = failure(text);
    expect(e.message).toContain('午餐时段的结束时间必须晚于开始时间');
    expect(e.message).toContain('第 4 行');
  });

  it('names a consultant listed twice, once as departed', () => {
    const text = file(
      '{',
      '  "date": "2026-11-20",',
      '  "consultants": [{ "name": "王芳" }, { "name": "王芳", "active": false }],',
      '  "events": []',
      '}',
    );
    const e = failure(text);
    expect(e.message).toContain('王芳');
    expect(e.message).toContain('第 3 行');
  });
});

describe('replay refuses events that cannot have happened', () => {
  it('names an unknown consultant, with the event and its line', () => {
    const e = failure(day('    { "at": "09:00", "type": "status", "consultant": "王五", "status": "away_work" }'));
    expect(e.message).toBe('第 1 个事件(第 5 行):未知顾问“王五”');
  });

  it('refuses times that go backwards', () => {
    const e = failure(
      day(
        '    { "at": "09:30", "type": "arrival", "id": "V1" }',
        '    { "at": "09:00", "type": "arrival", "id": "V2" }',
      ),
    );
    expect(e.message).toBe('第 2 个事件(第 6 行):时间 09:00 早于上一个事件');
  });

  it('refuses a visitor id used twice, and one never seen', () => {
    const twice = failure(
      day(
        '    { "at": "09:00", "type": "arrival", "id": "V1" }',
        '    { "at": "09:05", "type": "arrival", "id": "V1" }',
      ),
    );
    expect(twice.message).toBe('第 2 个事件(第 6 行):访客编号“V1”重复');
    const unknown = failure(day('    { "at": "09:00", "type": "left", "id": "V9" }'));
    expect(unknown.message).toBe('第 1 个事件(第 5 行):未知访客“V9”');
  });

  it('passes on the app’s own refusal with the event’s place', () => {
    const e = failure(
      day('    { "at": "09:00", "type": "arrival", "id": "V1" }', '    { "at": "09:05", "type": "left", "id": "V1" }'),
    );
    expect(e.message).toBe('第 2 个事件(第 6 行):该访客已不在等候名单中');
  });

  it('refuses a status change for a consultant who has left, instead of putting them back in the queue', () => {
    const e = failure(day('    { "at": "09:00", "type": "status", "consultant": "刘洋", "status": "available" }'));
    expect(e.message).toContain('第 1 个事件(第 5 行)');
    expect(e.message).toContain('刘洋已离职');
  });
});
