import { useState } from 'react';
import type { ConsultantCard, MyClient } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DialogActions } from '../../components/DialogActions';
import { Modal } from '../../components/Modal';
import { errorText } from '../../lib/errors';
import { toastStore } from '../../stores';
import { isPinRefusal } from './pin-refusal';
import { TextField } from '../../components/TextField';

type Channel = Parameters<typeof api.logFollowUp>[0]['channel'];
const CHANNELS: Channel[] = ['phone', 'wechat', 'sms', 'visit'];

interface Props {
  person: ConsultantCard;
  pin: string;
  client: MyClient;
  onSaved: () => void;
  onPinRefused: (message: string) => void;
  onClose: () => void;
}

/** 跟进记录: when (now), how, what was said, how the client took it. A follow-up keeps the client protected. */
export function FollowUpDialog({ person, pin, client, onSaved, onPinRefused, onClose }: Props) {
  const t = useT();
  const [channel, setChannel] = useState<Channel>('phone');
  const [content, setContent] = useState('');
  const [reaction, setReaction] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.logFollowUp({ consultantId: person.id, pin, clientId: client.clientId, channel, content, reaction });
      toastStore.getState().show(t('followUp.saved', { name: client.name }));
      onSaved();
    } catch (err) {
      if (isPinRefusal(err)) return onPinRefused(errorText(err));
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('followUp.title', { name: client.name })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy && content.trim()) void save();
        }}
      >
        <ChoiceGroup
          label={t('followUp.channel')}
          showLabel
          choices={CHANNELS.map((c) => ({ value: c, label: t(`followUp.channels.${c}`) }))}
          value={channel}
          onChange={setChannel}
        />
        <label className="field">
          <span className="field__label">{t('followUp.content')}</span>
          <textarea
            className="input input--area"
            value={content}
            maxLength={1000}
            required
            autoFocus
            onChange={(e) => setContent(e.target.value)}
          />
        </label>
        <TextField
          label={t('followUp.reaction')}
          value={reaction}
          maxLength={200}
          autoComplete="off"
          onChange={setReaction}
        />
        <DialogActions
          confirmLabel={t('followUp.save')}
          onCancel={onClose}
          disabled={busy || content.trim() === ''}
          error={error}
        />
      </form>
    </Modal>
  );
}
