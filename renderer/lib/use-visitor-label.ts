import { useCallback } from 'react';
import type { VisitorTag } from '../../electron/api/types';
import { useT } from '../i18n';

/** A visitor as public screens name them: the day's number and, when given, the masked name. */
export function useVisitorLabel() {
  const t = useT();
  return useCallback(
    (v: VisitorTag) =>
      v.maskedName
        ? t('visitor.named', { n: v.sequence, name: v.maskedName })
        : t('visitor.numbered', { n: v.sequence }),
    [t],
  );
}
