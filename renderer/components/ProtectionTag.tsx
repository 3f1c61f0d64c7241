import { useT } from '../i18n';
import { useOfficeTime } from '../lib/use-office-time';

/** 保护期至 12-05, or 已过保护期: whether the record still gives its owner the client. */
export function ProtectionTag({ until, isProtected }: { until: number | null; isProtected: boolean }) {
  const t = useT();
  const time = useOfficeTime();
  if (isProtected) {
    if (until === null) return null;
    return (
      <span className="tag tag--protected">{t('checkIn.candidates.protectedUntil', { date: time.day(until) })}</span>
    );
  }
  return <span className="tag tag--lapsed">{t('checkIn.candidates.lapsed')}</span>;
}
