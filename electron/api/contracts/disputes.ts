import { z } from 'zod';
import { isValidDay } from '../../domain/office-time';
import { SPLIT_PRESET_IDS, splitOverridesSchema } from '../../domain/policy';
import { method, returns, staffAsThemselves, supervisors } from '../contract-kit';
import type {
  ClashView,
  DocumentView,
  LapsingClient,
  PoolClientView,
  RulingView,
  SaleView,
  SplitPolicyView,
  SplitPreview,
} from '../disputes-types';
import { id, note, optionalText, pin, token } from '../schemas';

const clientRef = z.string().trim().min(1, { error: '请填写客户档案编号' }).max(40);
const soldOn = z
  .string()
  .trim()
  .refine(isValidDay, { error: '日期应为 YYYY-MM-DD,且是真实存在的日期' })
  .nullable()
  .default(null);
const amountYuan = z
  .number({ error: '金额应为数字' })
  // Stored in fen: less than one fen would round to a sale of nothing.
  .min(0.01, { error: '金额须至少 0.01 元' })
  .max(1e10, { error: '金额过大' })
  .nullable()
  .default(null);
/** The supervisor's own split: the closer's share in basis points (10000 = 100%), the rest to the owner. */
const override = z
  .object({ closerBp: z.int({ error: '分成应为整数基点' }).min(0).max(10_000), note })
  .nullable()
  .default(null);
const sale = { clientRef, closerId: id, soldOn, unit: optionalText(40), amountYuan, override };

/** 撞单 / 分单 / 公海: clashes and their rulings, sales and their splits, the public pool. */
export const disputesContract = {
  listClashes: method(supervisors, z.object({ token }), returns<ClashView[]>()),
  /** The supervisor names the owner (one of the two sides) with a written reason. */
  decideClash: method(
    supervisors,
    z.object({ token, key: z.string().min(1).max(80), ownerId: id, note }),
    returns<RulingView>(),
  ),
  listRulings: method(supervisors, z.object({ token }), returns<RulingView[]>()),
  /** 裁定书: one A4 page for both consultants and the supervisor to sign. */
  getRulingDocument: method(
    supervisors,
    z.object({ token, rulingId: id, lang: z.enum(['zh', 'en']).default('zh') }),
    returns<DocumentView>(),
  ),

  getSplitPolicy: method(supervisors, z.object({ token }), returns<SplitPolicyView>()),
  setSplitPolicy: method(
    supervisors,
    z.object({ token, preset: z.enum(SPLIT_PRESET_IDS), overrides: splitOverridesSchema }),
    returns<SplitPolicyView>(),
  ),
  previewSale: method(supervisors, z.object({ token, ...sale }), returns<SplitPreview>()),
  recordSale: method(supervisors, z.object({ token, ...sale }), returns<SaleView>()),
  listSales: method(supervisors, z.object({ token }), returns<SaleView[]>()),

  listPublicPool: method(supervisors, z.object({ token }), returns<PoolClientView[]>()),
  reassignPoolClient: method(supervisors, z.object({ token, clientId: id, consultantId: id, note }), returns<null>()),
  /** The consultant's own clients whose protection ends this week. */
  listMyLapsing: method(staffAsThemselves, z.object({ consultantId: id, pin }), returns<LapsingClient[]>()),
};
