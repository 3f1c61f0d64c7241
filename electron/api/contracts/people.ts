import { z } from 'zod';
import { method, returns, anyone, supervisors } from '../contract-kit';
import type { DeparturePreview, OfficeProfile, RulesPage, RulesView } from '../people-types';
import { id, token } from '../schemas';

const lang = z.enum(['zh', 'en']).default('zh');

/** People and policy: departures, the office's profile, the rules page (客户归属与接待规则). */
export const peopleContract = {
  previewDeparture: method(supervisors, z.object({ token, id }), returns<DeparturePreview>()),
  getOfficeProfile: method(supervisors, z.object({ token }), returns<OfficeProfile>()),
  setOfficeProfile: method(
    supervisors,
    z.object({
      token,
      officeName: z.string().trim().min(1, { error: '请填写案场名称' }).max(60, { error: '案场名称最多 60 个字' }),
      projectName: z.string().trim().max(60, { error: '项目名称最多 60 个字' }),
      sheetOrientation: z.enum(['portrait', 'landscape'], { error: '请选择纵向或横向' }),
      /** Omitted: unchanged. */
      idleMinutes: z
        .int({ error: '请填写 1 至 30 分钟' })
        .min(1, { error: '至少 1 分钟' })
        .max(30, { error: '最多 30 分钟' })
        .optional(),
    }),
    returns<OfficeProfile>(),
  ),
  /** The printable wall notice, generated from the rules in force. */
  getRulesPage: method(supervisors, z.object({ token, lang }), returns<RulesPage>()),
  /** The office's wall notice: anyone at the desk may read it. */
  readRules: method(anyone, z.object({}), returns<RulesView>()),
};
