import { useState } from 'react';
import { CHANNELS } from '../../../lib/registration';
import type { DailySheetView, SheetRow } from '../../../../electron/api/daily-sheet-types';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { useT } from '../../../i18n';
import { dailySheetStore, toastStore } from '../../../stores';
import type { SheetCorrection } from '../../../stores/daily-sheet-store';

type TextField = 'name' | 'phone' | 'notes' | 'project' | 'unitType' | 'area' | 'budget';

/** Only what the supervisor filled in is sent: an empty field leaves the sheet's value as it is. */
function correctionOf(text: Record<TextField, string>, gender: string, partySize: string, channel: string) {
  const given = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const needs = { project: text.project, unitType: text.unitType, area: text.area, budget: text.budget };
  const anyNeeds = Object.values(needs).some((v) => v.trim() !== '');
  const c: SheetCorrection = {
    name: given(text.name),
    phone: given(text.phone),
    notes: given(text.notes),
    gender: gender === '' ? undefined : (gender as 'male' | 'female'),
    partySize: partySize === '' ? undefined : Number(partySize),
    channel: channel === '' ? undefined : (channel as (typeof CHANNELS)[number]),
    needs: anyNeeds ? needs : undefined,
  };
  return c;
}

/** 更正: which row of the closed day, what changes, and why (the reason is required and printed). */
export function AmendRowDialog({ view, onClose }: { view: DailySheetView; onClose: () => void }) {
  const t = useT();
  const [visitId, setVisitId] = useState<number | null>(null);
  const [text, setText] = useState<Record<TextField, string>>({
    name: '',
    phone: '',
    notes: '',
    project: '',
    unitType: '',
    area: '',
    budget: '',
  });
  const [gender, setGender] = useState('');
  const [partySize, setPartySize] = useState('');
  const [channel, setChannel] = useState('');
  const row: SheetRow | undefined = view.rows.find((r) => r.visitId === visitId);
  const current = (value: string | number | null) => t('dailySheet.current', { value: value ?? '—' });

  const input = (field: TextField, label: string, placeholder?: string, type = 'text') => (
    <label className="field" key={field}>
      <span className="field__label">{label}</span>
      <input
        className="input"
        type={type}
        value={text[field]}
        placeholder={placeholder}
        onChange={(e) => setText({ ...text, [field]: e.target.value })}
      />
    </label>
  );

  return (
    <ReasonDialog
      title={t('dailySheet.amendTitle', { day: view.day })}
      confirmLabel={t('dailySheet.amendConfirm')}
      ready={row !== undefined}
      onClose={onClose}
      onConfirm={async (note) => {
        if (!row) return;
        await dailySheetStore.getState().amend(row.visitId, correctionOf(text, gender, partySize, channel), note);
        const code = dailySheetStore.getState().view?.closed?.fingerprint ?? '';
        toastStore.getState().show(t('dailySheet.amendedToast', { code }));
      }}
    >
      {view.rows.length === 0 ? (
        <p>{t('dailySheet.nothingToAmend')}</p>
      ) : (
        <label className="field">
          <span className="field__label">{t('dailySheet.row')}</span>
          <select
            className="input"
            value={visitId ?? ''}
            required
            onChange={(e) => setVisitId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('dailySheet.pickRow')}</option>
            {view.rows.map((r) => (
              <option key={r.visitId} value={r.visitId}>
                {t('dailySheet.rowLabel', { no: r.no, time: r.time, name: r.visitor ?? '—' })}
              </option>
            ))}
          </select>
        </label>
      )}
      {row && (
        <div className="sheet-amend">
          <p className="sheet-amend__hint">{t('dailySheet.unchangedHint')}</p>
          <div className="sheet-amend__grid">
            {input('name', t('checkIn.form.name'), current(row.visitor))}
            {input('phone', t('checkIn.form.phone'), current(row.maskedPhone), 'tel')}
            <label className="field">
              <span className="field__label">{t('checkIn.form.gender')}</span>
              <select className="input" value={gender} onChange={(e) => setGender(e.target.value)}>
                <option value="">{current(row.gender ? t(`checkIn.form.${row.gender}`) : null)}</option>
                <option value="male">{t('checkIn.form.male')}</option>
                <option value="female">{t('checkIn.form.female')}</option>
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('dailySheet.partySize')}</span>
              <input
                className="input"
                type="number"
                min={1}
                max={50}
                value={partySize}
                placeholder={current(row.partySize)}
                onChange={(e) => setPartySize(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('checkIn.form.channel')}</span>
              <select className="input" value={channel} onChange={(e) => setChannel(e.target.value)}>
                <option value="">
                  {current(row.channel ? t(`checkIn.form.channels.${row.channel as (typeof CHANNELS)[number]}`) : null)}
                </option>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`checkIn.form.channels.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            {input('notes', t('checkIn.form.notes'), current(row.notes))}
          </div>
          <p className="sheet-amend__hint">
            {t('checkIn.form.needs')} · {current(row.needs)}
          </p>
          <div className="sheet-amend__grid sheet-amend__grid--needs">
            {input('project', t('checkIn.form.project'))}
            {input('unitType', t('checkIn.form.unitType'))}
            {input('area', t('checkIn.form.area'))}
            {input('budget', t('checkIn.form.budget'))}
          </div>
        </div>
      )}
    </ReasonDialog>
  );
}
