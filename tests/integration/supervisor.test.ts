import { describe, expect, it } from 'vitest';
import { answered, memoryOffice } from '../helpers/office';

describe('the supervisor sets the day’s roster', () => {
  it('puts consultants in order, one on leave, one on lunch duty, and the lunch window applies', () => {
    const office = memoryOffice();
    const [w, l, z] = [office.ids.王芳, office.ids.李雷, office.ids.张伟];
    const { stamp } = office.call('getRoster', { token: office.token() });
    const roster = office.call('setRoster', {
      token: office.token(),
      order: [z, w],
      off: [l],
      lunchDuty: [w],
      lunch: { from: '12:00', to: '13:00' },
      basedOn: stamp,
    });
    expect([roster.order, roster.off, roster.lunchDuty, roster.lunch]).toEqual([
      [z, w],
      [l],
      [w],
      { from: '12:00', to: '13:00' },
    ]);
    const board = office.call('getBoard', {});
    expect(board.queue.map((m) => m.name)).toEqual(['张伟', '王芳']);
    expect(board.onLeave.map((m) => m.name)).toEqual(['李雷']);

    expect(office.walkIn('12:15').receivedBy?.name).toBe('王芳');
    expect(office.walkIn('13:05').receivedBy?.name).toBe('张伟');
  });

  it('keeps the standing order for the next day when asked to', () => {
    const office = memoryOffice();
    const [w, l, z] = [office.ids.王芳, office.ids.李雷, office.ids.张伟];
    const { stamp } = office.call('getRoster', { token: office.token() });
    const saved = office.call('setRoster', {
      token: office.token(),
      order: [l, z, w],
      off: [],
      lunchDuty: [],
      lunch: null,
      saveAsStanding: true,
      basedOn: stamp,
    });
    expect(saved.standingOrder).toEqual([l, z, w]);
    office.clock.advance(24 * 60 * 60_000);
    expect(office.call('getBoard', {}).queue.map((m) => m.name)).toEqual(['李雷', '张伟', '王芳']);
  });
});

describe('supervisor acts on the queue, each recorded with who and why', () => {
  it('reorders the queue', () => {
    const office = memoryOffice();
    const { order } = office.call('getRoster', { token: office.token() });
    const [w, l, z] = [office.ids.王芳, office.ids.李雷, office.ids.张伟];
    office.call('reorderQueue', {
      token: office.token(),
      order: [z, l, w],
      note: '按业绩调整',
      basedOn: order,
    });
    expect(office.queue()).toEqual(['张伟', '李雷', '王芳']);
    const entry = office.call('getDayLog', { token: office.token() }).at(-1);
    expect([entry?.type, entry?.actor, entry?.summary.zh]).toEqual([
      'queue_reordered',
      '陈总',
      '调整顺序:张伟、李雷、王芳(按业绩调整)',
    ]);
  });

  it('skips a consultant to the back', () => {
    const office = memoryOffice();
    office.call('skipTurn', { token: office.token(), consultantId: office.ids.王芳, note: '未着工装' });
    expect(office.queue()).toEqual(['李雷', '张伟', '王芳']);
    expect(office.walkIn('09:10').receivedBy?.name).toBe('李雷');
  });

  it('grants a make-up: the consultant goes to the head and receives next', () => {
    const office = memoryOffice();
    office.call('grantMakeup', { token: office.token(), consultantId: office.ids.张伟, note: '代接后补排' });
    expect(office.queue()).toEqual(['张伟', '王芳', '李雷']);
    expect(office.walkIn('09:10').receivedBy?.name).toBe('张伟');
    const entry = office.call('getDayLog', { token: office.token() }).find((e) => e.type === 'makeup_granted');
    expect(entry?.summary.zh).toBe('张伟补位到队首(代接后补排)');
  });

  it('suspends the rotation for opening day, assigns by hand, and resumes', () => {
    const office = memoryOffice();
    office.clock.set('08:30');
    office.call('setRotationSuspended', { token: office.token(), suspended: true, note: '开盘' });
    const first = office.walkIn('09:00');
    const second = office.walkIn('09:01');
    expect([first.waiting, second.waiting]).toEqual([true, true]);
    expect(first.reasons.map((r) => r.zh)).toEqual([
      '按新客户接待:轮排接待的顾问首接并归属',
      '轮排已暂停(开盘模式),等候主管分配',
    ]);
    expect(office.call('getBoard', {}).next).toBeNull();

    const hand = office.call('assignVisitor', {
      token: office.token(),
      visitId: second.visitId,
      consultantId: office.ids.张伟,
      note: '关系户',
    });
    expect(hand.receivedBy?.name).toBe('张伟');
    expect(hand.reasons.map((r) => r.zh)).toEqual([
      '按新客户接待:轮排接待的顾问首接并归属',
      '主管陈总指派张伟接待:关系户',
      '张伟不计轮次,保留位置',
    ]);
    expect(office.queue()).toEqual(['王芳', '李雷', '张伟']);

    office.clock.set('11:00');
    office.call('setRotationSuspended', { token: office.token(), suspended: false, note: '人流减少' });
    const board = office.call('getBoard', {});
    expect(board.waiting).toEqual([]);
    expect(board.recent[0]?.receivedBy).toBe('王芳');
    expect(board.queue.map((m) => m.name)).toEqual(['李雷', '张伟', '王芳']);
  });

  it('refuses to suspend twice', () => {
    const office = memoryOffice();
    office.call('setRotationSuspended', { token: office.token(), suspended: true, note: '开盘' });
    const r = office.attempt('setRotationSuspended', { token: office.token(), suspended: true, note: '开盘' });
    expect(r).toEqual({ ok: false, error: { code: 'conflict', message: '轮排已处于暂停状态' } });
  });
});

describe('switching the rules', () => {
  it('applies a new preset to today at once and to the days after', () => {
    const office = memoryOffice();
    office.setStatus('王芳', 'away_work', '09:00');
    const view = office.call('setPolicy', { token: office.token(), preset: 'strict', overrides: {}, note: '旺季' });
    expect(view.resolved['rotation.busy']).toBe('skip');
    office.walkIn('09:10');
    expect(office.queue()).toEqual(['张伟', '王芳', '李雷']);
    expect(office.call('getBoard', {}).preset).toEqual({
      id: 'strict',
      zh: '严格轮空',
      en: 'Strict: not at the desk, turn lost',
    });
    office.clock.advance(24 * 60 * 60_000);
    expect(office.call('getBoard', {}).preset.id).toBe('strict');
  });

  it('refuses a setting that does not exist or a value it does not know', () => {
    const office = memoryOffice();
    const token = office.token();
    for (const overrides of [{ 'rotation.busy': 'sometimes' }, { 'rotation.coffee': true }]) {
      const r = answered(office.backend.dispatch('setPolicy', { token, preset: 'default', overrides, note: '试试' }));
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
    }
    expect(office.call('getPolicy', { token }).choice).toEqual({ preset: 'default', overrides: {} });
  });
});
