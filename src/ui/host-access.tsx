// Firefox lets the user withhold or revoke access to www.upwork.com; without it Scope Guard sees
// nothing. Say so and offer to ask again.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

const ORIGINS = { origins: ['https://www.upwork.com/*'] };

export function HostAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains(ORIGINS).then(setGranted, () => setGranted(null));
  }, []);
  if (granted !== false) return null;
  return (
    <div class="notice problems" role="alert" data-testid="host-access">
      <p>{t('hostAccessMissing')}</p>
      <button
        type="button"
        class="primary"
        onClick={() => browser.permissions.request(ORIGINS).then(setGranted, () => setGranted(false))}
      >
        {t('hostAccessGrant')}
      </button>
    </div>
  );
}
