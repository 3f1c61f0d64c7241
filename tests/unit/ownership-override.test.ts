import { describe, expect, it } from 'vitest';
import {
  overrideOwnership,
  type OverrideVerdict,
  type OwnershipOverride,
  type OwnershipOverrideInput,
} from '../../electron/domain/ownership/override';
import { client, NOW, people, LI, WANG, ZHAO, zhOf } from './ownership-fixtures';

const SUPERVISOR = { id: 50, name: '陈总' };

function recordOf(v: OverrideVerdict): OwnershipOverride {
  if (!v.ok) throw new Error(`expected the override to be recorded: ${zhOf(v.reasons).join(' / ')}`);
  return v.record;
}

function refusalOf(v: OverrideVerdict): string[] {
  if (v.ok) throw new Error('expected the override to be refused');
  return zhOf(v.reasons);
}

const override = (over: Partial<OwnershipOverrideInput> = {}) =>
  overrideOwnership({
    client: client(),
    toOwnerId: LI,
    supervisor: SUPERVISOR,
    note: '  客户投诉服务,要求更换顾问 ',
    at: NOW,
    people: people(),
    ...over,
  });

describe('supervisor override of ownership (营销总监有最终裁决权)', () => {
  it('records who moved the client, when, why, and from whom to whom', () => {
    const v = override();
    expect(v).toEqual({
      ok: true,
      record: {
        clientId: 101,
        fromOwnerId: WANG,
        toOwnerId: LI,
        byId: 50,
        at: NOW,
        note: '客户投诉服务,要求更换顾问',
        reasons: [expect.objectContaining({ code: 'overridden' })],
      },
    });
    expect(zhOf(recordOf(v).reasons)).toEqual(['主管陈总将孙丽的归属由王芳改为李雷:客户投诉服务,要求更换顾问']);
    expect(recordOf(v).reasons[0]?.en).toBe(
      "Supervisor 陈总 gave 孙丽 to 李雷 (was 王芳's): 客户投诉服务,要求更换顾问",
    );
  });

  it('gives a client with no consultant to one', () => {
    const v = override({ client: client({ ownerId: null }) });
    expect(recordOf(v).fromOwnerId).toBeNull();
    expect(zhOf(recordOf(v).reasons)[0]).toBe('主管陈总将孙丽的归属由无人改为李雷:客户投诉服务,要求更换顾问');
  });

  it('overrides whatever the other rules said: takes a client from a departed consultant', () => {
    const v = override({ client: client({ ownerId: ZHAO }), note: '撞单裁决' });
    expect(recordOf(v)).toMatchObject({ fromOwnerId: ZHAO, toOwnerId: LI, note: '撞单裁决' });
  });

  it('refuses without a written reason', () => {
    const v = override({ note: '   ' });
    expect(refusalOf(v)).toEqual(['请写明改变归属的理由']);
  });

  it('refuses to give a client to a consultant who has left', () => {
    const v = override({ toOwnerId: ZHAO });
    expect(refusalOf(v)).toEqual(['赵敏已离职,不能接手客户']);
  });

  it('refuses to give a client to the consultant who already owns them', () => {
    const v = override({ toOwnerId: WANG });
    expect(refusalOf(v)).toEqual(['孙丽已是王芳的客户']);
  });
});
