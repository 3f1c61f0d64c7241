import { describe, expect, it } from 'vitest';
import { decision, NEW_CLIENT, queueLine, replayScenario } from '../helpers/replay';

// Worked out by hand from issue 4's ownership rules and issue 3's rule f; see tests/scenarios/returning-clients.json.
describe('replay: returning clients, a lapsed one, a referral and a claim', () => {
  it('routes each visitor by the record, the referral and the rotation, and reprints a claimed visit', () => {
    const lines = replayScenario('returning-clients.json');
    const wangOnLeave = '王芳休假,无法接待';
    const referral = ['张三介绍并陪同前来的新客户,归张三的顾问王芳(老带新)', '计入张三的老带新'];
    expect(lines).toEqual([
      decision(
        'V1',
        '李雷',
        '王芳',
        { standIn: true, returning: true, matchedClient: 'C001', lead: ['王芳的客户,保护期至 12-10'] },
        [wangOnLeave, '由李雷代接,李雷保留轮次', '已通知王芳'],
      ),
      decision(
        'V2',
        '张伟',
        '张伟',
        {
          turnConsumed: true,
          returning: true,
          matchedClient: 'C002',
          lead: ['原为李雷的客户,保护期已于 10-31 结束', NEW_CLIENT, '将告知李雷'],
        },
        ['李雷接待中,本次跳过,保留位置', '轮到张伟接待(队列中第一位在岗顾问)', '张伟使用一个轮次,排到队尾'],
      ),
      decision(
        'V3',
        '李雷',
        '张伟',
        { standIn: true, returning: true, matchedClient: 'C003', lead: ['张伟的客户,保护期至 12-01'] },
        ['张伟接待中,无法接待', '由李雷代接,李雷保留轮次', '已通知张伟'],
      ),
      decision('V4', null, '王芳', { waiting: true, lead: referral }, [
        wangOnLeave,
        '等候王芳或代接顾问',
        '暂无可接待的顾问,访客等候(第1位)',
      ]),
      decision('V4', '张伟', '王芳', { standIn: true, lead: referral }, [
        wangOnLeave,
        '由张伟代接,张伟保留轮次',
        '已通知王芳',
      ]),
      decision('V5', null, null, { waiting: true }, ['暂无可接待的顾问,访客等候(第1位)']),
      decision('V5', '李雷', '李雷', { turnConsumed: true }, [
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
      ]),
      decision('V5', '张伟', '张伟', {}, [
        '轮到李雷接待(队列中第一位在岗顾问)',
        '李雷使用一个轮次,排到队尾',
        '张伟在15分钟内认出自己的客户(10:05由李雷接待),改由张伟接待并归属',
        '李雷本次接待不计轮次,恢复空闲',
      ]),
      decision('V6', null, null, { waiting: true }, ['轮排已暂停(开盘模式),等候主管分配']),
      decision('V6', '李雷', '李雷', {}, ['主管回放指派李雷接待:关系户', '李雷不计轮次,保留位置']),
      queueLine('李雷', '张伟'),
    ]);
  });
});
