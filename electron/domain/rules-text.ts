import {
  PRESETS,
  resolvePolicy,
  resolveSplitPolicy,
  SPLIT_PRESETS,
  type OfficePolicy,
  type PolicyChoice,
  type PolicyKey,
  type SplitChoice,
  type SplitKey,
  type SplitPolicy,
} from './policy';

/**
 * 客户归属与接待规则: the rules in force, said the way a consultant would say them, for the office wall and
 * for anyone at the desk. Generated from the same settings the rules apply, so the page and the software
 * cannot disagree. Every setting is said with its current value; the lines with no setting are what the
 * software always does.
 */

export type RulesLang = 'zh' | 'en';

/** A rotation or ownership setting, or one of the split group's. */
export type RuleKey = PolicyKey | SplitKey;

export interface RuleLine {
  /** The settings this sentence states; empty for what the software always does. */
  keys: RuleKey[];
  text: string;
}

export interface RulesSection {
  id: 'rotation' | 'ownership' | 'split';
  title: string;
  lines: RuleLine[];
}

export interface RulesText {
  title: string;
  /** Which presets (rules, split), and how many single rules differ from them. */
  preset: string;
  sections: RulesSection[];
}

export interface RulesInput {
  choice: PolicyChoice;
  /** 分单: how a sale's credit is shared. */
  split: SplitChoice;
  /** The lunch window in minutes after midnight (office time); null when the office keeps none. */
  lunch: { from: number; to: number } | null;
}

type Words = { zh: string; en: string };
interface LineSpec {
  keys: RuleKey[];
  say: (p: OfficePolicy & SplitPolicy, input: RulesInput) => Words;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const turn = (uses: boolean): Words =>
  uses
    ? { zh: '计一个轮次(接待后排到队尾)', en: 'uses a turn (the receiver goes to the back)' }
    : { zh: '不计轮次(保留位置)', en: 'does not use a turn (the receiver keeps their place)' };

const ROTATION: LineSpec[] = [
  {
    keys: [],
    say: () => ({
      zh: '每组新访客由队列中第一位在岗顾问接待,接待后排到队尾。一组访客计一个轮次,不论是否购房、只索取资料还是同行市调;顾问不得挑选客户。',
      en: 'Each new walk-in group is received by the first consultant in the queue who is at the desk, who then goes to the back. One group is one turn, whether they buy, only take a brochure or are a competitor’s survey; consultants may not pick visitors.',
    }),
  },
  {
    keys: ['rotation.startOrder'],
    say: (p) =>
      p['rotation.startOrder'] === 'standing'
        ? { zh: '每天从案场的常用顺序开始轮排。', en: 'Every day starts from the office’s standing order.' }
        : {
            zh: '每天接着前一天结束时的顺序轮排。',
            en: 'Every day continues from the order the previous day ended with.',
          },
  },
  {
    keys: [],
    say: () => ({
      zh: '休假的顾问当天不参加轮排,不补排。',
      en: 'A consultant on leave is left out of the day’s rotation, with no make-up.',
    }),
  },
  {
    keys: ['rotation.busy'],
    say: (p) =>
      p['rotation.busy'] === 'keep'
        ? {
            zh: '轮到时正在接待客户或外出办公的顾问保留位置,空闲后优先接待。',
            en: 'A consultant whose turn comes while receiving a client or out on work keeps their place and receives first when free.',
          }
        : {
            zh: '轮到时正在接待客户或外出办公的顾问被跳过,排到队尾,不补排。',
            en: 'A consultant whose turn comes while receiving a client or out on work is passed over and goes to the back, with no make-up.',
          },
  },
  {
    keys: ['rotation.awayPersonal'],
    say: (p) =>
      p['rotation.awayPersonal'] === 'forfeit'
        ? {
            zh: '轮到时私事离开前台的顾问轮空,排到队尾。',
            en: 'A consultant away on personal business when their turn comes forfeits it and goes to the back.',
          }
        : {
            zh: '轮到时私事离开前台的顾问保留位置,回到前台后接待。',
            en: 'A consultant away on personal business when their turn comes keeps their place and receives once back.',
          },
  },
  {
    keys: ['rotation.returnWindowMinutes'],
    say: (p) => {
      const n = p['rotation.returnWindowMinutes'];
      return n === 0
        ? { zh: '因私事被跳过后,回到前台也不补位。', en: 'Passed over while away, there is no make-up on coming back.' }
        : {
            zh: `因私事被跳过后,${n} 分钟内回到前台可恢复到队首(补位);超过 ${n} 分钟不补位。`,
            en: `Passed over while away, a consultant back at the desk within ${n} minutes returns to the head of the queue; after ${n} minutes, not.`,
          };
    },
  },
  {
    keys: ['rotation.lunchDutyUsesTurn'],
    say: (p, { lunch }) => {
      const uses = turn(p['rotation.lunchDutyUsesTurn']);
      return lunch === null
        ? {
            zh: `案场不设午餐时段;如设午餐时段,值班顾问的接待${uses.zh}。`,
            en: `The office keeps no lunch window; if it does, a lunch-duty reception ${uses.en}.`,
          }
        : {
            zh: `午餐时段 ${hhmm(lunch.from)}–${hhmm(lunch.to)} 由午餐值班顾问接待,${uses.zh}。`,
            en: `During lunch, ${hhmm(lunch.from)}–${hhmm(lunch.to)}, the lunch-duty consultants receive; a lunch-duty reception ${uses.en}.`,
          };
    },
  },
  {
    keys: ['rotation.directedUsesTurn'],
    say: (p) => {
      const uses = turn(p['rotation.directedUsesTurn']);
      return {
        zh: `访客指定顾问、有预约或是某位顾问的客户时,由该顾问接待,${uses.zh}。`,
        en: `A visitor who asks for a consultant, has an appointment or is a consultant’s client is received by that consultant, and it ${uses.en}.`,
      };
    },
  },
  {
    keys: ['rotation.standIn'],
    say: (p) => {
      const who =
        p['rotation.standIn'] === 'head'
          ? { zh: '队列中第一位', en: 'the first' }
          : { zh: '队列中最后一位', en: 'the last' };
      return {
        zh: `该顾问不在时,由${who.zh}在岗顾问代接,不计代接者的轮次;客户仍归原顾问,并通知原顾问。`,
        en: `When that consultant cannot receive, ${who.en} consultant at the desk in the queue stands in without using a turn; the client stays the original consultant’s, who is told.`,
      };
    },
  },
  {
    keys: ['rotation.supervisorAssignUsesTurn'],
    say: (p) => {
      const uses = turn(p['rotation.supervisorAssignUsesTurn']);
      return {
        zh: `主管指派接待的访客(关系户、开盘等)${uses.zh}。`,
        en: `A visitor the supervisor assigns (company relations, opening days) ${uses.en}.`,
      };
    },
  },
  {
    keys: [],
    say: () => ({
      zh: '主管可以调整顺序、跳过或补排,开盘人多时可暂停轮排改由主管分配;每次操作都记录操作人和原因。',
      en: 'The supervisor may reorder, skip or grant a make-up, and suspend the rotation on busy opening days to assign visitors by hand; each act is recorded with who and why.',
    }),
  },
];

const PROTECTION_FROM: Record<OfficePolicy['ownership.protectionFrom'], Words & { renews: Words }> = {
  lastContact: {
    zh: '最近一次来访或跟进',
    en: 'the last visit or follow-up',
    renews: { zh: '每次来访或跟进都重新计算', en: 'every visit and every follow-up starts it again' },
  },
  lastVisit: {
    zh: '最近一次来访',
    en: 'the last visit',
    renews: { zh: '每次来访重新计算,跟进不延长保护期', en: 'every visit starts it again; follow-ups do not extend it' },
  },
  firstVisit: {
    zh: '首次来访',
    en: 'the first visit',
    renews: { zh: '之后的来访和跟进都不延长保护期', en: 'later visits and follow-ups do not extend it' },
  },
};

const REFERRAL: Record<OfficePolicy['ownership.referral'], Words> = {
  namedOrAccompanied: {
    zh: '老带新:新客户说出介绍人,或介绍人同行,新客户归介绍人的顾问。',
    en: 'Referrals: a new client who names their referrer, or comes with them, belongs to the referrer’s consultant.',
  },
  accompaniedOnly: {
    zh: '老带新:只有介绍人同行时,新客户才归介绍人的顾问;只说出介绍人不算。',
    en: 'Referrals: a new client belongs to the referrer’s consultant only if the referrer comes along; naming them is not enough.',
  },
  none: {
    zh: '老带新:新客户不按介绍人归属,按新客户轮排接待。',
    en: 'Referrals: a referred client does not go to the referrer’s consultant; they are received as a new client.',
  },
};

const OWNERSHIP: LineSpec[] = [
  {
    keys: [],
    say: () => ({
      zh: '客户归第一次接待并完成登记的顾问(首接负责制)。登记是归属的唯一依据,未登记视为新客户。',
      en: 'A client belongs to the consultant who first received and registered them. The registration is the only evidence: a visit not registered counts as new.',
    }),
  },
  {
    keys: ['ownership.protectionDays', 'ownership.protectionFrom'],
    say: (p) => {
      const n = p['ownership.protectionDays'];
      const from = PROTECTION_FROM[p['ownership.protectionFrom']];
      return {
        zh: `保护期为 ${n} 天,自${from.zh}起算(${from.renews.zh});主管分配或交接的客户自分配之日起算;保护期过后,客户视为新客户。`,
        en: `Protection lasts ${n} days, counted from ${from.en} (${from.renews.en}); a client the supervisor hands over counts from the hand-over; after it the client counts as new.`,
      };
    },
  },
  {
    keys: [],
    say: () => ({
      zh: '同一电话登记的客户视为一家人,以最早的登记为准,不论家中谁来、谁购买。',
      en: 'Clients registered with the same phone are one household: the earliest registration decides, whoever in it visits or buys.',
    }),
  },
  {
    keys: ['ownership.trustNamedWithoutRecord'],
    say: (p) =>
      p['ownership.trustNamedWithoutRecord']
        ? {
            zh: '访客说出联系过的顾问或出示其短信,即使没有登记记录,也由该顾问接待并归属。',
            en: 'A visitor who names the consultant who contacted them, or shows their SMS, is received by and belongs to that consultant, even with no registration.',
          }
        : {
            zh: '访客说出联系过的顾问或出示短信,但没有登记记录的,不作归属依据,按新客户轮排接待。',
            en: 'A visitor who names a consultant or shows an SMS, but has no registration, does not go to that consultant: they are received as a new client.',
          },
  },
  { keys: ['ownership.referral'], say: (p) => REFERRAL[p['ownership.referral']] },
  {
    keys: ['ownership.recognitionWindowMinutes'],
    say: (p) => {
      const n = p['ownership.recognitionWindowMinutes'];
      return n === 0
        ? {
            zh: '老客户被轮排当作新客户接待后,原顾问不能再认领,客户归接待的顾问。',
            en: 'A returning client the rotation received as new cannot be claimed back: they belong to whoever received them.',
          }
        : {
            zh: `老客户被轮排当作新客户接待后,原顾问在 ${n} 分钟内认出可认领;超过 ${n} 分钟,客户归接待的顾问。`,
            en: `A returning client the rotation received as new may be claimed by their consultant within ${n} minutes; after that they belong to whoever received them.`,
          };
    },
  },
  {
    keys: ['ownership.departed'],
    say: (p) =>
      p['ownership.departed'] === 'pool'
        ? {
            zh: '顾问离职后,其客户退回案场,下次来访按新客户接待。',
            en: 'When a consultant leaves, their clients go back to the office and are received as new clients next time.',
          }
        : {
            zh: '顾问离职后,其客户交由主管指定的接替人负责。',
            en: 'When a consultant leaves, their clients go to the successor the supervisor names.',
          },
  },
  {
    keys: [],
    say: () => ({
      zh: '归属有争议时,主管(营销总监)有最终裁决权;每次裁决都记录裁决人、时间和原因。',
      en: 'In a dispute the supervisor (sales director) has the final say; each ruling is recorded with who, when and why.',
    }),
  },
];

const CLOSER_SHARE: Record<SplitPolicy['split.otherCloses'], Words> = {
  half: { zh: '成交者与原顾问各得 50%(五五分)', en: 'the closer and the owner get 50% each' },
  twoThirds: { zh: '成交者得 2/3,原顾问得 1/3', en: 'the closer gets 2/3 and the owner 1/3' },
  seventy: { zh: '成交者得 70%,原顾问得 30%(七三分)', en: 'the closer gets 70% and the owner 30%' },
};

const SPLIT: LineSpec[] = [
  {
    keys: [],
    say: () => ({
      zh: '原顾问自己成交,或客户已过保护期、没有所属顾问时,业绩全归成交者。',
      en: 'When the owner closes the sale, or the client is past protection or owned by nobody, the closer gets all the credit.',
    }),
  },
  {
    keys: ['split.otherCloses'],
    say: (p) => {
      const share = CLOSER_SHARE[p['split.otherCloses']];
      return {
        zh: `代接或其他顾问成交原顾问保护期内的客户:${share.zh}。`,
        en: `When a stand-in or another consultant closes a client still protected for their owner, ${share.en}.`,
      };
    },
  },
  {
    keys: ['split.ownerWithoutFollowUps'],
    say: (p) =>
      p['split.ownerWithoutFollowUps'] === 'twenty'
        ? {
            zh: '原顾问在保护期内没有回访记录的,原顾问只得 20%,成交者得 80%。',
            en: 'An owner who logged no follow-ups within the protection gets only 20%, the closer 80%.',
          }
        : {
            zh: '原顾问在保护期内没有回访记录的,仍按上一条的比例分配。',
            en: 'An owner who logged no follow-ups within the protection still gets the share above.',
          },
  },
  {
    keys: [],
    say: () => ({
      zh: '主管可以调整分配比例,须写明理由;每次分配都记录在案,由双方签字确认。',
      en: 'The supervisor may change a split with a written reason; every split is recorded and signed by both consultants.',
    }),
  },
];

const TITLES = {
  page: { zh: '客户归属与接待规则', en: 'Client ownership and reception rules' },
  rotation: { zh: '一、接待顺序(轮排)', en: '1. Taking turns (the rotation)' },
  ownership: { zh: '二、客户归属', en: '2. Who owns a client' },
  split: { zh: '三、业绩分配(分单)', en: '3. Sharing the credit for a sale (split)' },
};

/** How many single rules differ from their preset's own value (an override repeating it does not count). */
function changedCount<P extends object>(base: P, overrides: Partial<P>): number {
  return (Object.keys(overrides) as (keyof P)[]).filter((k) => overrides[k] !== base[k]).length;
}

function presetLine(input: RulesInput, lang: RulesLang): string {
  const { choice, split } = input;
  const changed =
    changedCount(resolvePolicy({ preset: choice.preset, overrides: {} }), choice.overrides) +
    changedCount(resolveSplitPolicy({ preset: split.preset, overrides: {} }), split.overrides);
  const rules = PRESETS[choice.preset];
  const shares = SPLIT_PRESETS[split.preset];
  if (lang === 'zh') {
    return `现行方案:${rules.zh};分单:${shares.zh}${changed > 0 ? `(另有 ${changed} 项单独调整)` : ''}`;
  }
  const more = changed > 0 ? ` (${changed} single rule${changed > 1 ? 's' : ''} changed)` : '';
  return `Rules in force: ${rules.en}; split: ${shares.en}${more}`;
}

export function rulesText(input: RulesInput, lang: RulesLang): RulesText {
  const policy = { ...resolvePolicy(input.choice), ...resolveSplitPolicy(input.split) };
  const lines = (specs: LineSpec[]) => specs.map((s) => ({ keys: s.keys, text: s.say(policy, input)[lang] }));
  return {
    title: TITLES.page[lang],
    preset: presetLine(input, lang),
    sections: [
      { id: 'rotation', title: TITLES.rotation[lang], lines: lines(ROTATION) },
      { id: 'ownership', title: TITLES.ownership[lang], lines: lines(OWNERSHIP) },
      { id: 'split', title: TITLES.split[lang], lines: lines(SPLIT) },
    ],
  };
}
