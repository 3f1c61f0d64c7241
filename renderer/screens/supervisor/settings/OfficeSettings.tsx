import { useState } from 'react';
import { OfficeProfileForm } from './OfficeProfileForm';
import { RulesPagePreview } from './RulesPagePreview';

/** 案场设置: the office's names on paper, and the rules page generated from the rules in force. */
export function OfficeSettings() {
  const [saves, setSaves] = useState(0);
  return (
    <div className="office-settings">
      <OfficeProfileForm onSaved={() => setSaves((n) => n + 1)} />
      <RulesPagePreview version={saves} />
    </div>
  );
}
