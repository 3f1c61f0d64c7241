/**
 * Every decision about a person carries its reasons in plain words. They are rendered when the
 * decision is made and stored with it in both languages, so the record reads the same after an upgrade.
 */
export interface Reason {
  /** Stable identifier of the kind of reason, e.g. 'rotationHead', 'phoneExact'; each module names its own. */
  code: string;
  zh: string;
  en: string;
}

export const STATUS_TEXT: Record<ConsultantStatus, { zh: string; en: string }> = {
  available: { zh: '在岗', en: 'at the desk' },
  receiving: { zh: '接待中', en: 'receiving' },
  away_work: { zh: '外出办公', en: 'out on work' },
  away_personal: { zh: '私事离开', en: 'away (personal)' },
  leave: { zh: '休假', en: 'on leave' },
};

export const DIRECTED_TEXT: Record<DirectedKind, { zh: string; en: string }> = {
  named: { zh: '访客指定', en: 'the visitor asked for' },
  appointment: { zh: '访客预约了', en: 'the visitor has an appointment with' },
  owner: { zh: '该客户属于', en: 'the client belongs to' },
};

export type ConsultantStatus = 'available' | 'receiving' | 'away_work' | 'away_personal' | 'leave';
export type DirectedKind = 'named' | 'appointment' | 'owner';

export const reason = (code: string, zh: string, en: string): Reason => ({ code, zh, en });

export const reasons = {
  rotationHead: (name: string) =>
    reason(
      'rotationHead',
      `轮到${name}接待(队列中第一位在岗顾问)`,
      `${name}'s turn (first consultant at the desk in the queue)`,
    ),
  passedOverKept: (name: string, status: ConsultantStatus) =>
    reason(
      'passedOverKept',
      `${name}${STATUS_TEXT[status].zh},本次跳过,保留位置`,
      `${name} is ${STATUS_TEXT[status].en}: passed over, keeps the place`,
    ),
  passedOverBack: (name: string, status: ConsultantStatus) =>
    reason(
      'passedOverBack',
      `${name}${STATUS_TEXT[status].zh},本次轮空,排到队尾`,
      `${name} is ${STATUS_TEXT[status].en}: turn forfeited, moved to the back`,
    ),
  lunchDuty: (name: string) =>
    reason('lunchDuty', `午餐时段,由值班顾问${name}接待`, `Lunch window: ${name} is on lunch duty`),
  lunchNoDuty: () =>
    reason(
      'lunchNoDuty',
      '午餐时段但无值班顾问在岗,按轮排接待',
      'Lunch window but no lunch-duty consultant at the desk: normal rotation',
    ),
  turnUsed: (name: string) =>
    reason('turnUsed', `${name}使用一个轮次,排到队尾`, `${name} used a turn and moves to the back`),
  turnKept: (name: string) =>
    reason('turnKept', `${name}不计轮次,保留位置`, `${name}'s turn is not used; keeps the place`),
  directed: (kind: DirectedKind, name: string) =>
    reason('directed', `${DIRECTED_TEXT[kind].zh}${name}`, `${DIRECTED_TEXT[kind].en} ${name}`),
  directedUnavailable: (name: string, why: ConsultantStatus | 'offDuty' | 'departed') =>
    reason(
      'directedUnavailable',
      `${name}${why === 'offDuty' ? '今日不在班' : why === 'departed' ? '已离职' : STATUS_TEXT[why].zh},无法接待`,
      `${name} cannot receive (${why === 'offDuty' ? 'not on duty today' : why === 'departed' ? 'departed' : STATUS_TEXT[why].en})`,
    ),
  standIn: (name: string) =>
    reason('standIn', `由${name}代接,${name}保留轮次`, `${name} stands in and keeps their place`),
  ownerNotified: (name: string) => reason('ownerNotified', `已通知${name}`, `${name} has been notified`),
  waitingNobody: (position: number) =>
    reason(
      'waitingNobody',
      `暂无可接待的顾问,访客等候(第${position}位)`,
      `No consultant can receive: the visitor waits (#${position})`,
    ),
  waitingSuspended: () =>
    reason(
      'waitingSuspended',
      '轮排已暂停(开盘模式),等候主管分配',
      'Rotation suspended (opening-day mode): waiting for the supervisor',
    ),
  waitingForStandIn: (name: string) =>
    reason('waitingForStandIn', `等候${name}或代接顾问`, `Waiting for ${name} or a stand-in`),
  manualAssign: (supervisor: string, name: string, note: string) =>
    reason(
      'manualAssign',
      `主管${supervisor}指派${name}接待:${note}`,
      `Supervisor ${supervisor} assigned ${name}: ${note}`,
    ),
  returnedInWindow: (name: string, minutes: number) =>
    reason(
      'returnedInWindow',
      `${name}在被跳过后${minutes}分钟内回到前台,恢复到队首(补位)`,
      `${name} came back within ${minutes} minutes of being passed over: restored to the head`,
    ),
  rejoined: (name: string) =>
    reason('rejoined', `${name}回到岗位,加入队尾`, `${name} is back on duty and joins at the back`),
  leftForLeave: (name: string) =>
    reason('leftForLeave', `${name}休假,今日退出轮排`, `${name} is on leave and out of the rotation today`),
};
