import type { MessageKey } from '../../../i18n';
import type { PolicyKey } from '../../../lib/policy';

export interface ChoiceSetting {
  key: Exclude<PolicyKey, 'rotation.returnWindowMinutes'>;
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
