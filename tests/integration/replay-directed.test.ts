import { describe, expect, it } from 'vitest';
import { decision, NEW_CLIENT, queueLine, replayScenario } from '../helpers/replay';

/** What the check-in says first (issue 4): a named consultant with no record owns; a departed one owns nobody. */
const BEEN_BEFORE = '访客说来过,但没有找到登记(未登记视为新客户)';
const LIU_DEPARTED = '访客指定的刘洋已离职';
const namedLi = '访客记得是李雷联系过,没有登记记录,由李雷接待并归属';
const namedZhang = '访客记得是张伟联系过,没有登记记录,由张伟接待并归属';

// Expected lines are worked out by hand from rules e, f and h; see each scenario file in tests/scenarios.
const used = { turnConsumed: true };

describe('replay: the lunch window with 李雷 on lunch duty', () => {
  it('gives lunchtime visitors to 李雷 without using his turn, and falls back to the rotation while he is busy', () => {
    expect(replayScenario('lunch-duty.json')).toEqual([
      decision('V1', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      decision('V2', '李雷', '李雷', {}, ['午餐时段,由值班顾问李雷接待', '李雷不计轮次,保留位置']),
      decision('V3', '张伟', '张伟', used, [
        '午餐时段但无值班顾问在岗,按轮排接待',
        '李雷接待中,本次跳过,保留位置',
        '轮到张伟接待(队列中第一位在岗顾问)',
        '张伟使用一个轮次,排到队尾',
      ]),
      decision('V4', '李雷', '李雷', {}, ['午餐时段,由值班顾问李雷接待', '李雷不计轮次,保留位置']),
      decision('V5', '李雷', '李雷', used, ['轮到李雷接待(队列中第一位在岗顾问)', '李雷使用一个轮次,排到队尾']),
      queueLine('王芳', '张伟', '李雷'),
    ]);
  });
});

describe('replay: an appointment whose consultant is on leave', () => {
  it('has a stand-in receive, waits for a named consultant, and sends the visitor of a departed one to the rotation', () => {
    expect(replayScenario('appointment-stand-in.json')).toEqual([
      decision(
        'V1',
        '王芳',
        '张伟',
        { standIn: true, lead: [BEEN_BEFORE, '访客预约了张伟,没有登记记录,由张伟接待并归属'] },
        ['张伟休假,无法接待', '由王芳代接,王芳保留轮次', '已通知张伟'],
      ),
      decision('V2', '李雷', '李雷', used, [
        '王芳接待中,本次跳过,保留位置',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V3', null, '李雷', { waiting: true, lead: [namedLi] }, [
        '李雷接待中,无法接待',
        '等候李雷或代接顾问',
        '暂无可接待的顾问,访客等候(第1位)',
      ]),
      decision('V3', '李雷', '李雷', { lead: [namedLi] }, ['李雷不计轮次,保留位置']),
      decision('V4', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      decision('V5', '李雷', '李雷', { ...used, lead: [LIU_DEPARTED, NEW_CLIENT] }, [
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      queueLine('王芳', '李雷'),
    ]);
  });
});

describe('replay: opening day (开盘) — rotation suspended, the supervisor assigns by hand', () => {
  it('keeps everyone waiting, records the hand assignments, and serves the rest once resumed', () => {
    const suspended = '轮排已暂停(开盘模式),等候主管分配';
    expect(replayScenario('opening-day.json')).toEqual([
      decision('V1', null, null, { waiting: true }, [suspended]),
      decision('V2', null, null, { waiting: true }, [suspended]),
      decision('V3', null, '张伟', { waiting: true, lead: [namedZhang] }, [suspended]),
      decision('V2', '李雷', '李雷', {}, ['主管回放指派李雷接待:关系户', '李雷不计轮次,保留位置']),
      decision('V3', '王芳', '张伟', { standIn: true, lead: [namedZhang] }, [
        '主管回放指派王芳接待:张伟在忙',
        '王芳不计轮次,保留位置',
        '已通知张伟',
      ]),
      decision('V1', '张伟', '张伟', used, [
        '王芳接待中,本次跳过,保留位置',
        '李雷接待中,本次跳过,保留位置',
        '轮到张伟接待(队列中第一位在岗顾问)',
        '张伟使用一个轮次,排到队尾',
      ]),
      queueLine('王芳', '李雷', '张伟'),
    ]);
  });
});

describe('replay: a visitor asks for a consultant who has left, and nobody is free', () => {
  it('waits with no owner (the office, not the departed consultant), then goes through the rotation', () => {
    const lines = replayScenario('departed-named-waits.json');
    expect(lines[0]).toBe(
      decision('V1', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
    );
    const waiting = JSON.parse(lines[1] ?? '{}') as {
      id: string;
      waiting: boolean;
      receivedBy: unknown;
      owner: unknown;
    };
    expect([waiting.id, waiting.waiting, waiting.receivedBy, waiting.owner]).toEqual(['V2', true, null, null]);
    expect(lines.slice(2)).toEqual([
      decision('V2', '王芳', '王芳', { ...used, lead: [LIU_DEPARTED, NEW_CLIENT] }, [
        '轮到王芳接待(队列中第一位在岗顾问)',
        '王芳使用一个轮次,排到队尾',
      ]),
      queueLine('王芳'),
    ]);
  });
});
