import { t } from '../platform/i18n';

export function TroubleNotice({ message }: { message: string }) {
  return (
    <div class="notice trouble" role="alert">
      <strong>{t('storeTroublePrefix')}</strong> {message}
    </div>
  );
}
