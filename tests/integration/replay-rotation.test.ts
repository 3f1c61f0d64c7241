import { describe, expect, it } from 'vitest';
import { decision, queueLine, replayScenario } from '../helpers/replay';

// Expected lines are worked out by hand from rules a–h; see each scenario file in tests/scenarios.
const used = { turnConsumed: true };

describe('replay: the example day of issue 3', () => {
  it('gives 赵六 to 王芳 and leaves 李雷 (on leave) and 刘洋 (departed) out of the queue', () => {
    expect(replayScenario('issue-example.json')).toEqual([
      decision('V1', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      queueLine('王芳'),
    ]);
  });
});

describe('replay: a morning rush with one consultant away on personal business (default preset)', () => {
  it('forfeits 李雷’s turn, makes the fourth visitor wait, and serves them when 李雷 is back', () => {
    expect(replayScenario('morning-rush.json')).toEqual([
      decision('V1', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      decision('V2', '张伟', '张伟', used, [
        '李雷私事离开,本次轮空,排到队尾',
        '轮到张伟接待(队列中第一位在岗顾问)',
        '张伟使用一个轮次,排到队尾',
      ]),
      decision('V3', '刘洋', '刘洋', used, ['轮到刘洋接待(队列中第一位在岗顾问)', '刘洋使用一个轮次,排到队尾']),
      decision('V4', null, null, { waiting: true }, ['暂无可接待的顾问,访客等候(第1位)']),
      decision('V4', '李雷', '李雷', used, [
        '王芳接待中,本次跳过,保留位置',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V5', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      queueLine('张伟', '刘洋', '李雷', '王芳'),
    ]);
  });
});

describe('replay: the strict preset (严格轮空)', () => {
  it('sends everyone who is not at the desk to the back, whatever the reason', () => {
    expect(replayScenario('strict.json')).toEqual([
      decision('V1', '李雷', '李雷', used, [
        '王芳外出办公,本次轮空,排到队尾',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V2', '张伟', '张伟', used, ['轮到张伟接待(队列中第一位在岗顾问)', '张伟使用一个轮次,排到队尾']),
      decision('V3', null, null, { waiting: true }, ['暂无可接待的顾问,访客等候(第1位)']),
      decision('V3', '李雷', '李雷', used, [
        '刘洋私事离开,本次轮空,排到队尾',
        '王芳外出办公,本次轮空,排到队尾',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V4', '王芳', '王芳', used, [
        '张伟接待中,本次轮空,排到队尾',
        '刘洋私事离开,本次轮空,排到队尾',
        '轮到王芳接待(队列中第一位在岗顾问)',
        '王芳使用一个轮次,排到队尾',
      ]),
      queueLine('李雷', '张伟', '刘洋', '王芳'),
    ]);
  });
});

describe('replay: the 5-minute return window (5分钟补位)', () => {
  it('restores 王芳, back in 3 minutes, to the head; 张伟, back after 8, stays at the back', () => {
    expect(replayScenario('return-window.json')).toEqual([
      decision('V1', '李雷', '李雷', used, [
        '王芳私事离开,本次轮空,排到队尾',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V2', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      decision('V3', '李雷', '李雷', used, [
        '张伟私事离开,本次轮空,排到队尾',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V4', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      queueLine('张伟', '李雷', '王芳'),
    ]);
  });
});

describe('replay: every reception counts (接待即计轮)', () => {
  it('uses a turn for a named visitor and for the lunch-duty reception', () => {
    expect(replayScenario('every-reception-counts.json')).toEqual([
      decision('V1', '王芳', '王芳', { ...used, lead: ['访客记得是王芳联系过,没有登记记录,由王芳接待并归属'] }, [
        '王芳使用一个轮次,排到队尾',
      ]),
      decision('V2', '李雷', '李雷', used, ['午餐时段,由值班顾问李雷接待', '李雷使用一个轮次,排到队尾']),
      decision('V3', '张伟', '张伟', used, ['轮到张伟接待(队列中第一位在岗顾问)', '张伟使用一个轮次,排到队尾']),
      queueLine('王芳', '李雷', '张伟'),
    ]);
  });
});

describe('replay: supervisor acts during the day', () => {
  it('follows a reorder, a skip, a make-up and a switch to the strict preset', () => {
    expect(replayScenario('supervisor-acts.json')).toEqual([
      decision('V1', '王芳', '王芳', used, ['轮到王芳接待(队列中第一位在岗顾问)', '王芳使用一个轮次,排到队尾']),
      decision('V2', '李雷', '李雷', used, [
        '王芳接待中,本次跳过,保留位置',
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V3', '张伟', '张伟', used, [
        '王芳接待中,本次轮空,排到队尾',
        '轮到张伟接待(队列中第一位在岗顾问)',
        '张伟使用一个轮次,排到队尾',
      ]),
      queueLine('李雷', '王芳', '张伟'),
    ]);
  });
});
