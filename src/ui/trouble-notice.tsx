import { t } from '../platform/i18n';

/** A storage failure the background reported ("store"), or a request that got no answer ("load"). */
export function TroubleNotice({ message, kind = 'store' }: { message: string; kind?: 'store' | 'load' }) {
  return (
    <div class="notice trouble" role="alert" data-testid={`trouble-${kind}`}>
      <strong>{kind === 'store' ? t('storeTroublePrefix') : t('loadTroublePrefix')}</strong> {message}
    </div>
  );
}
