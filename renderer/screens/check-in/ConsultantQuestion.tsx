import { useState } from 'react';
import type { ConsultantCard, ConsultantStatus } from '../../../electron/api/types';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ConsultantPicker } from '../../components/ConsultantPicker';

export interface ConsultantChoice<V extends string> {
  value: V;
  label: string;
  /** This answer names a consultant: choosing it opens the picker. */
  pick?: { title: string; chosenLabel: (name: string) => string };
}

interface Props<V extends string> {
  label: string;
  choices: ConsultantChoice<V>[];
  value: V | null;
  consultantId: number | null;
  people: ConsultantCard[];
  statuses: ReadonlyMap<number, ConsultantStatus>;
  onAnswer: (value: V, consultantId: number | null) => void;
  onEnter: () => void;
}

/**
 * A first question whose answer may name a consultant (有顾问联系过您吗 / 找哪位顾问): the answer
 * button opens the faces, and once picked reads "记得:王芳"; tapping it again changes the person.
 */
export function ConsultantQuestion<V extends string>(props: Props<V>) {
  const { label, choices, value, consultantId, people, statuses, onAnswer, onEnter } = props;
  const [picking, setPicking] = useState<ConsultantChoice<V> | null>(null);
  const nameOf = (id: number | null) => people.find((p) => p.id === id)?.name ?? null;

  const choose = (v: V) => {
    const choice = choices.find((c) => c.value === v);
    if (choice?.pick) setPicking(choice);
    else onAnswer(v, null);
  };

  return (
    <>
      <ChoiceGroup
        label={label}
        showLabel
        size="lg"
        choices={choices.map((c) => {
          const name = c.value === value ? nameOf(consultantId) : null;
          const text = c.pick && name ? c.pick.chosenLabel(name) : c.label;
          return { value: c.value, label: text };
        })}
        value={value}
        onChange={choose}
        onEnter={onEnter}
      />
      {picking?.pick && (
        <ConsultantPicker
          title={picking.pick.title}
          people={people}
          statuses={statuses}
          chosen={picking.value === value ? consultantId : null}
          onPick={(id) => {
            onAnswer(picking.value, id);
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      )}
    </>
  );
}
