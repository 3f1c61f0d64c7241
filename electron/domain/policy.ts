import { z } from 'zod';

/**
 * The office's rules as settings. Offices differ (see shared/domain.md, "The rotation" and "Who owns
 * a client"), so every rule is a named setting and presets bundle them; nothing here is one office's habit.
 */
export interface OfficePolicy {
  /** A consultant passed over while receiving or out on approved work: keeps their place (累计) or goes to the back. */
  'rotation.busy': 'keep' | 'skip';
  /** A consultant passed over while away on personal business: goes to the back (轮空) or keeps their place. */
  'rotation.awayPersonal': 'forfeit' | 'keep';
  /** Back at the desk within N minutes of being passed over → restored to the head (补位). 0 = no make-up. */
  'rotation.returnWindowMinutes': number;
  /** Whether a lunch-duty reception during the lunch window uses the receiver's turn. */
  'rotation.lunchDutyUsesTurn': boolean;
  /** Whether a visitor who named a consultant, had an appointment or is their client uses that consultant's turn. */
  'rotation.directedUsesTurn': boolean;
  /** Who stands in when the directed consultant cannot receive: the first or the last available in the queue. */
  'rotation.standIn': 'head' | 'last';
  /** Whether a visitor the supervisor assigns by hand (关系户, 开盘) uses the receiver's turn. */
  'rotation.supervisorAssignUsesTurn': boolean;
  /** A new day starts from the office's standing order, or continues from the previous day's final order. */
  'rotation.startOrder': 'standing' | 'continue';
  /** 保护期: days a client stays with their consultant without contact. */
  'ownership.protectionDays': number;
  /** What the protection period counts from: the later of last visit and last follow-up, the last visit, or the first. */
  'ownership.protectionFrom': 'lastContact' | 'lastVisit' | 'firstVisit';
  /** A consultant the visitor names (or whose SMS they show), with no record: receives and owns. */
  'ownership.trustNamedWithoutRecord': boolean;
  /** 老带新: when a referrer's consultant owns the new visitor. */
  'ownership.referral': 'namedOrAccompanied' | 'accompaniedOnly' | 'none';
  /** A departed consultant's clients: new clients again, or their named successor's. */
  'ownership.departed': 'pool' | 'successor';
  /** Minutes within which an owner may claim their client whom the rotation received as new. */
  'ownership.recognitionWindowMinutes': number;
}

export type PolicyKey = keyof OfficePolicy;

export const DEFAULT_POLICY: OfficePolicy = {
  'rotation.busy': 'keep',
  'rotation.awayPersonal': 'forfeit',
  'rotation.returnWindowMinutes': 0,
  'rotation.lunchDutyUsesTurn': false,
  'rotation.directedUsesTurn': false,
  'rotation.standIn': 'head',
  'rotation.supervisorAssignUsesTurn': false,
  'rotation.startOrder': 'standing',
  'ownership.protectionDays': 30,
  'ownership.protectionFrom': 'lastContact',
  'ownership.trustNamedWithoutRecord': true,
  'ownership.referral': 'namedOrAccompanied',
  'ownership.departed': 'pool',
  'ownership.recognitionWindowMinutes': 15,
};

export interface Preset {
  id: PresetId;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  values: Partial<OfficePolicy>;
}

export const PRESET_IDS = ['default', 'strict', 'returnWindow5', 'everyReceptionCounts'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Record<PresetId, Preset> = {
  default: {
    id: 'default',
    zh: '标准轮排',
    en: 'Standard rotation',
    descriptionZh: '忙碌或外出办公者保留位置;私事离开者轮空;指定、预约、午餐值班不计轮次。',
    descriptionEn:
      'Busy or out on work keeps the place; away on personal business forfeits; named, appointment and lunch-duty receptions do not use a turn.',
    values: {},
  },
  strict: {
    id: 'strict',
    zh: '严格轮空',
    en: 'Strict: not at the desk, turn lost',
    descriptionZh: '轮到时不在岗者,无论原因一律排到队尾,不补排。',
    descriptionEn:
      'Whoever is not at the desk when their turn comes goes to the back, whatever the reason; no make-up.',
    values: { 'rotation.busy': 'skip', 'rotation.awayPersonal': 'forfeit', 'rotation.returnWindowMinutes': 0 },
  },
  returnWindow5: {
    id: 'returnWindow5',
    zh: '5分钟补位',
    en: 'Back within 5 minutes keeps the turn',
    descriptionZh: '私事离开被跳过后,5分钟内回到前台可恢复到队首;超过5分钟轮空。',
    descriptionEn: 'Passed over while away on personal business: back within 5 minutes restores the head of the queue.',
    values: { 'rotation.awayPersonal': 'forfeit', 'rotation.returnWindowMinutes': 5 },
  },
  everyReceptionCounts: {
    id: 'everyReceptionCounts',
    zh: '接待即计轮',
    en: 'Every reception uses a turn',
    descriptionZh: '指定、预约、午餐值班和主管分配的接待都计一个轮次。',
    descriptionEn: 'Named, appointment, lunch-duty and supervisor-assigned receptions all use a turn.',
    values: {
      'rotation.directedUsesTurn': true,
      'rotation.lunchDutyUsesTurn': true,
      'rotation.supervisorAssignUsesTurn': true,
    },
  },
};

export interface PolicyChoice {
  preset: PresetId;
  overrides: Partial<OfficePolicy>;
}

export const DEFAULT_POLICY_CHOICE: PolicyChoice = { preset: 'default', overrides: {} };

export function resolvePolicy(choice: PolicyChoice): OfficePolicy {
  return { ...DEFAULT_POLICY, ...PRESETS[choice.preset].values, ...choice.overrides };
}

/** The one validation of a policy choice: the settings row, the API and replay files all use it. */
export const policyOverridesSchema = z
  .object({
    'rotation.busy': z.enum(['keep', 'skip']),
    'rotation.awayPersonal': z.enum(['forfeit', 'keep']),
    'rotation.returnWindowMinutes': z.int().min(0).max(120),
    'rotation.lunchDutyUsesTurn': z.boolean(),
    'rotation.directedUsesTurn': z.boolean(),
    'rotation.standIn': z.enum(['head', 'last']),
    'rotation.supervisorAssignUsesTurn': z.boolean(),
    'rotation.startOrder': z.enum(['standing', 'continue']),
    'ownership.protectionDays': z.int().min(1).max(3650),
    'ownership.protectionFrom': z.enum(['lastContact', 'lastVisit', 'firstVisit']),
    'ownership.trustNamedWithoutRecord': z.boolean(),
    'ownership.referral': z.enum(['namedOrAccompanied', 'accompaniedOnly', 'none']),
    'ownership.departed': z.enum(['pool', 'successor']),
    'ownership.recognitionWindowMinutes': z.int().min(0).max(240),
  } satisfies Record<PolicyKey, z.ZodType>)
  .partial()
  .strict();

export const policyChoiceSchema = z.object({
  preset: z.enum(PRESET_IDS),
  overrides: policyOverridesSchema.default({}),
});

/**
 * 分单 / 业绩分配: how a sale's credit is shared when someone other than the client's owner closes it while
 * the owner's protection holds (seeds: 撞单分单). Its own group with its own presets — an office picks its
 * rotation and its split independently — stored beside the policy in the 'splitPolicy' setting.
 */
export interface SplitPolicy {
  /** The closer's share when a stand-in or another consultant closes: 五五分, 成交者2/3, or 七三分. */
  'split.otherCloses': 'half' | 'twoThirds' | 'seventy';
  /** The owner logged no follow-up within protection before the sale: the same split, or 20% to them (二八分). */
  'split.ownerWithoutFollowUps': 'sameSplit' | 'twenty';
}

export type SplitKey = keyof SplitPolicy;

export const DEFAULT_SPLIT_POLICY: SplitPolicy = {
  'split.otherCloses': 'half',
  'split.ownerWithoutFollowUps': 'sameSplit',
};

export const SPLIT_PRESET_IDS = ['halves', 'closerTwoThirds', 'seventyThirty', 'followUpsDecide'] as const;
export type SplitPresetId = (typeof SPLIT_PRESET_IDS)[number];

export interface SplitPreset {
  id: SplitPresetId;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  values: Partial<SplitPolicy>;
}

export const SPLIT_PRESETS: Record<SplitPresetId, SplitPreset> = {
  halves: {
    id: 'halves',
    zh: '五五分',
    en: 'Half each',
    descriptionZh: '代接顾问成交保护期内的客户,业绩成交者与原顾问各50%。',
    descriptionEn: 'A stand-in closes a protected client: the closer and the owner get 50% each.',
    values: {},
  },
  closerTwoThirds: {
    id: 'closerTwoThirds',
    zh: '成交者2/3',
    en: 'Two thirds to the closer',
    descriptionZh: '促成成交者得2/3,原顾问得1/3。',
    descriptionEn: 'The closer gets 2/3, the owner 1/3.',
    values: { 'split.otherCloses': 'twoThirds' },
  },
  seventyThirty: {
    id: 'seventyThirty',
    zh: '七三分',
    en: '70/30',
    descriptionZh: '成交者70%,原顾问30%。',
    descriptionEn: 'The closer gets 70%, the owner 30%.',
    values: { 'split.otherCloses': 'seventy' },
  },
  followUpsDecide: {
    id: 'followUpsDecide',
    zh: '按回访记录',
    en: 'Follow-ups decide',
    descriptionZh: '原顾问保护期内有回访记录则五五分;没有回访记录,原顾问20%、成交者80%。',
    descriptionEn:
      'The owner who followed up within protection gets half; one who logged no follow-ups gets 20%, the closer 80%.',
    values: { 'split.ownerWithoutFollowUps': 'twenty' },
  },
};

export interface SplitChoice {
  preset: SplitPresetId;
  overrides: Partial<SplitPolicy>;
}

export const DEFAULT_SPLIT_CHOICE: SplitChoice = { preset: 'halves', overrides: {} };

export function resolveSplitPolicy(choice: SplitChoice): SplitPolicy {
  return { ...DEFAULT_SPLIT_POLICY, ...SPLIT_PRESETS[choice.preset].values, ...choice.overrides };
}

export const splitOverridesSchema = z
  .object({
    'split.otherCloses': z.enum(['half', 'twoThirds', 'seventy']),
    'split.ownerWithoutFollowUps': z.enum(['sameSplit', 'twenty']),
  } satisfies Record<SplitKey, z.ZodType>)
  .partial()
  .strict();

export const splitChoiceSchema = z.object({
  preset: z.enum(SPLIT_PRESET_IDS),
  overrides: splitOverridesSchema.default({}),
});
