import type { MessageKey } from '../../../i18n';
import type { PolicyKey } from '../../../lib/policy';

type NumberKey = 'rotation.returnWindowMinutes' | 'ownership.protectionDays' | 'ownership.recognitionWindowMinutes';

export interface ChoiceSetting {
  key: Exclude<PolicyKey, NumberKey>;
  question: MessageKey;
  options: { value: string | boolean; label: MessageKey }[];
}

/** Each rule of the rotation as the question a supervisor would ask, with the answers in plain words. */
export const CHOICE_SETTINGS: ChoiceSetting[] = [
  {
    key: 'rotation.busy',
    question: 'policy.busy.q',
    options: [
      { value: 'keep', label: 'policy.busy.keep' },
      { value: 'skip', label: 'policy.busy.skip' },
    ],
  },
  {
    key: 'rotation.awayPersonal',
    question: 'policy.awayPersonal.q',
    options: [
      { value: 'forfeit', label: 'policy.awayPersonal.forfeit' },
      { value: 'keep', label: 'policy.awayPersonal.keep' },
    ],
  },
  {
    key: 'rotation.lunchDutyUsesTurn',
    question: 'policy.lunchDutyUsesTurn.q',
    options: [
      { value: false, label: 'policy.turnKept' },
      { value: true, label: 'policy.turnUsed' },
    ],
  },
  {
    key: 'rotation.directedUsesTurn',
    question: 'policy.directedUsesTurn.q',
    options: [
      { value: false, label: 'policy.turnKept' },
      { value: true, label: 'policy.turnUsed' },
    ],
  },
  {
    key: 'rotation.standIn',
    question: 'policy.standIn.q',
    options: [
      { value: 'head', label: 'policy.standIn.head' },
      { value: 'last', label: 'policy.standIn.last' },
    ],
  },
  {
    key: 'rotation.supervisorAssignUsesTurn',
    question: 'policy.supervisorAssignUsesTurn.q',
    options: [
      { value: false, label: 'policy.turnKept' },
      { value: true, label: 'policy.turnUsed' },
    ],
  },
  {
    key: 'rotation.startOrder',
    question: 'policy.startOrder.q',
    options: [
      { value: 'standing', label: 'policy.startOrder.standing' },
      { value: 'continue', label: 'policy.startOrder.continue' },
    ],
  },
];

/** Who owns a client (issue 4): each rule as a question, the answers in plain words. */
export const OWNERSHIP_CHOICES: ChoiceSetting[] = [
  {
    key: 'ownership.protectionFrom',
    question: 'policy.protectionFrom.q',
    options: [
      { value: 'lastContact', label: 'policy.protectionFrom.lastContact' },
      { value: 'lastVisit', label: 'policy.protectionFrom.lastVisit' },
      { value: 'firstVisit', label: 'policy.protectionFrom.firstVisit' },
    ],
  },
  {
    key: 'ownership.trustNamedWithoutRecord',
    question: 'policy.trustNamed.q',
    options: [
      { value: true, label: 'policy.trustNamed.yes' },
      { value: false, label: 'policy.trustNamed.no' },
    ],
  },
  {
    key: 'ownership.referral',
    question: 'policy.referral.q',
    options: [
      { value: 'namedOrAccompanied', label: 'policy.referral.namedOrAccompanied' },
      { value: 'accompaniedOnly', label: 'policy.referral.accompaniedOnly' },
      { value: 'none', label: 'policy.referral.none' },
    ],
  },
  {
    key: 'ownership.departed',
    question: 'policy.departed.q',
    options: [
      { value: 'pool', label: 'policy.departed.pool' },
      { value: 'successor', label: 'policy.departed.successor' },
    ],
  },
];

export interface NumberSetting {
  key: NumberKey;
  question: MessageKey;
  unit: MessageKey;
  min: number;
  max: number;
  /** What the value means, e.g. "0 = 不补位" / "5 分钟内回来可补位". */
  meaning: { zero: MessageKey | null; some: MessageKey };
  /** The values offices commonly use, one tap each (the stepper moves by one: 30 → 90 days is 60 taps). */
  common: number[];
}

export const RETURN_WINDOW: NumberSetting = {
  key: 'rotation.returnWindowMinutes',
  question: 'policy.returnWindow.q',
  unit: 'policy.returnWindow.label',
  min: 0,
  max: 120,
  meaning: { zero: 'policy.returnWindow.off', some: 'policy.returnWindow.on' },
  common: [0, 5, 10],
};

export const OWNERSHIP_NUMBERS: NumberSetting[] = [
  {
    key: 'ownership.protectionDays',
    question: 'policy.protectionDays.q',
    unit: 'policy.protectionDays.label',
    min: 1,
    max: 3650,
    meaning: { zero: null, some: 'policy.protectionDays.on' },
    // The seeds' offices: 30 days, or 3 months.
    common: [30, 60, 90],
  },
  {
    key: 'ownership.recognitionWindowMinutes',
    question: 'policy.recognition.q',
    unit: 'policy.recognition.label',
    min: 0,
    max: 240,
    meaning: { zero: 'policy.recognition.off', some: 'policy.recognition.on' },
    common: [5, 15],
  },
];
