import { useEffect, useState } from 'react';
import type { SplitPreview } from '../../../../electron/api/disputes-types';
import type { CandidateView } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useBilingual, useT } from '../../../i18n';
import { ConsultantGrid } from '../../../components/ConsultantGrid';
import { ReasonList } from '../../../components/ReasonList';
import { Stepper } from '../../../components/Stepper';
import { TextField } from '../../../components/TextField';
import { errorText } from '../../../lib/errors';
import { useConsultants } from '../../../lib/use-consultants';
import { disputesStore, sessionStore, toastStore } from '../../../stores';
import { ClientPicker } from './ClientPicker';
import { ShareList } from './ShareList';

interface SaleFacts {
  clientRef: string;
  closerId: number;
  soldOn: string;
  unit: string;
  amount: string;
  override: { closerBp: number; note: string } | null;
}

/** The form as the API reads it: an empty date is today, an empty or unreadable amount is none. */
function saleInput(token: string, f: SaleFacts) {
  const amount = f.amount.trim() === '' ? NaN : Number(f.amount);
  return {
    token,
    clientRef: f.clientRef,
    closerId: f.closerId,
    soldOn: f.soldOn === '' ? null : f.soldOn,
    unit: f.unit,
    amountYuan: Number.isFinite(amount) ? amount : null,
    override: f.override,
  };
}

/**
 * 成交: the client, who closed, when, the unit and amount if known. The split the rules give is shown before it is
 * written (the preset in force, the shares and why); the supervisor may change it, with a reason.
 */
export function SaleForm() {
  const t = useT();
  const text = useBilingual();
  const { people } = useConsultants();
  const [client, setClient] = useState<CandidateView | null>(null);
  const [closerId, setCloserId] = useState<number | null>(null);
  const [soldOn, setSoldOn] = useState('');
  const [unit, setUnit] = useState('');
  const [amount, setAmount] = useState('');
  const [overriding, setOverriding] = useState(false);
  const [closerPercent, setCloserPercent] = useState(50);
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<SplitPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const override = overriding ? { closerBp: closerPercent * 100, note } : null;

  useEffect(() => {
    if (!client || closerId === null) return;
    let live = true;
    const facts = { clientRef: client.ref, closerId, soldOn, unit: '', amount, override: null };
    sessionStore
      .getState()
      .authorized((token) => api.previewSale(saleInput(token, facts)))
      .then((p) => live && (setPreview(p), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [client, closerId, soldOn, amount]);

  const record = async () => {
    setBusy(true);
    try {
      const facts = { clientRef: client?.ref ?? '', closerId: closerId ?? 0, soldOn, unit, amount, override };
      const sale = await sessionStore.getState().authorized((token) => api.recordSale(saleInput(token, facts)));
      disputesStore.getState().saleRecorded(sale);
      toastStore.getState().show(t('disputes.sale.recorded', { client: sale.client?.name ?? '' }));
      setClient(null);
      setCloserId(null);
      setUnit('');
      setAmount('');
      setOverriding(false);
      setNote('');
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  // Shown only while it is about the client and closer on the form.
  const shown = client !== null && closerId !== null ? preview : null;
  const canSplit = shown !== null && shown.shares.length === 2;
  const ready = client !== null && closerId !== null && !busy && (!overriding || note.trim() !== '');
  return (
    <section className="panel sale-form" aria-label={t('disputes.sale.title')}>
      <h3 className="panel__title">{t('disputes.sale.title')}</h3>
      {client ? (
        <p className="sale-form__client">
          {t('disputes.sale.picked', {
            ref: client.ref,
            name: client.name,
            owner: client.owner?.name ?? t('disputes.sale.noOwner'),
          })}{' '}
          <button type="button" className="btn btn--secondary" onClick={() => setClient(null)}>
            {t('disputes.sale.change')}
          </button>
        </p>
      ) : (
        <ClientPicker onPick={setClient} />
      )}
      <ConsultantGrid
        label={t('disputes.sale.closer')}
        people={(people ?? []).filter((p) => p.role === 'consultant')}
        selectedId={closerId}
        onPick={(p) => setCloserId(p.id)}
      />
      <div className="sale-form__fields">
        <TextField label={t('disputes.sale.date')} type="date" value={soldOn} onChange={setSoldOn} />
        <TextField label={t('disputes.sale.unit')} value={unit} maxLength={40} onChange={setUnit} />
        <TextField
          label={t('disputes.sale.amount')}
          inputMode="decimal"
          value={amount}
          maxLength={14}
          onChange={setAmount}
        />
      </div>
      {shown && (
        <div className="split-preview" aria-label={t('disputes.sale.preview')}>
          <p className="split-preview__preset">{t('disputes.sale.preset', { name: text(shown.preset) })}</p>
          <ShareList shares={shown.shares} />
          <ReasonList reasons={shown.reasons} />
          {canSplit && (
            <label className="check">
              <input type="checkbox" checked={overriding} onChange={(e) => setOverriding(e.target.checked)} />{' '}
              {t('disputes.sale.override')}
            </label>
          )}
          {canSplit && overriding && (
            <div className="split-override">
              <Stepper
                label={t('disputes.sale.closerShare')}
                value={closerPercent}
                min={0}
                max={100}
                onChange={setCloserPercent}
              />
              <span>{t('disputes.sale.percent')}</span>
              <TextField label={t('disputes.sale.overrideReason')} value={note} maxLength={500} onChange={setNote} />
            </div>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="btn btn--primary btn--xl" disabled={!ready} onClick={() => void record()}>
          {t('disputes.sale.record')}
        </button>
      </div>
    </section>
  );
}
