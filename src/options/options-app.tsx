import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, READY_MESSAGE_LANGS, SETTINGS_KEY, type Settings, parseSettings } from '../core/settings';
import { send } from '../protocol/client';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { downloadText } from '../ui/download';
import { HostAccess } from '../ui/host-access';

export function OptionsApp() {
  const welcome = location.hash === '#welcome';
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    browser.storage.local.get(SETTINGS_KEY).then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])));
  }, []);

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    browser.storage.local
      .set({ [SETTINGS_KEY]: next })
      // The background also follows the stored setting; asking it directly wakes it if asleep.
      .then(() => ('reminders' in patch ? send('reminders.sync', {}) : undefined))
      .then(
        () => setStatus({ kind: 'ok', text: t('settingsSaved') }),
        (error) => setStatus({ kind: 'error', text: String(error?.message ?? error) }),
      );
  };

  const exportAll = async () => {
    try {
      const { filename, json } = await send('data.export', {});
      downloadText(filename, json, 'application/json');
      setStatus({ kind: 'ok', text: t('exportDone') });
    } catch (error) {
      setStatus({ kind: 'error', text: String((error as Error).message) });
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await send('data.import', { json: await file.text() });
      setStatus({ kind: 'ok', text: t('importDone', [String(result.contracts), String(result.events)]) });
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('importRefused')} ${(error as Error).message}` });
    }
  };
  const deleteAll = async () => {
    try {
      await send('data.delete', { confirm: true });
      setConfirmDelete(false);
      setStatus({ kind: 'ok', text: t('deleteDone') });
    } catch (error) {
      setStatus({ kind: 'error', text: String((error as Error).message) });
    }
  };

  return (
    <main>
      <header class="top">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {welcome && (
        <section data-testid="welcome">
          <h2>{t('welcomeTitle')}</h2>
          <p>{t('welcomeBody')}</p>
          <p>{t('emptyBody')}</p>
        </section>
      )}
      <HostAccess />
      {status && (
        <p class={`notice ${status.kind === 'error' ? 'trouble' : 'problems'}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <section>
        <h2>{t('settingsHeading')}</h2>
        <p>
          <label>
            {t('sensitivityLabel')}{' '}
            <select value={settings.sensitivity} onChange={(e) => update({ sensitivity: (e.target as HTMLSelectElement).value as Settings['sensitivity'] })}>
              <option value="low">{t('sensitivity_low')}</option>
              <option value="normal">{t('sensitivity_normal')}</option>
              <option value="high">{t('sensitivity_high')}</option>
            </select>
          </label>
        </p>
        <p>
          <label>
            {t('readyLangLabel')}{' '}
            <select
              value={settings.readyMessageLang}
              onChange={(e) => update({ readyMessageLang: (e.target as HTMLSelectElement).value as Settings['readyMessageLang'] })}
            >
              {READY_MESSAGE_LANGS.map((lang) => (
                <option key={lang} value={lang}>
                  {t(`lang_${lang}`)}
                </option>
              ))}
            </select>
          </label>
        </p>
        <p>
          <label>
            <input type="checkbox" checked={settings.banners} onChange={(e) => update({ banners: (e.target as HTMLInputElement).checked })} />{' '}
            {t('bannersLabel')}
          </label>
        </p>
        <p>
          <label>
            <input type="checkbox" checked={settings.markers} onChange={(e) => update({ markers: (e.target as HTMLInputElement).checked })} />{' '}
            {t('markersLabel')}
          </label>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              name="reminders"
              checked={settings.reminders}
              onChange={(e) => update({ reminders: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t('remindersLabel')}
          </label>
          <br />
          <small>{t('remindersHint')}</small>
        </p>
      </section>
      <section>
        <h2>{t('dataHeading')}</h2>
        <p>{t('dataBody')}</p>
        <div class="actions">
          <button type="button" onClick={exportAll}>{t('exportAll')}</button>
          <label class="button">
            {t('importAll')}
            <input
              class="visually-hidden"
              type="file"
              accept="application/json,.json"
              onChange={(e) => importFile((e.target as HTMLInputElement).files?.[0])}
            />
          </label>
          {confirmDelete ? (
            <>
              <button type="button" class="primary" onClick={deleteAll}>{t('deleteConfirm')}</button>
              <button type="button" onClick={() => setConfirmDelete(false)}>{t('cancel')}</button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>{t('deleteAll')}</button>
          )}
        </div>
      </section>
      <section>
        <h2>{t('privacyHeading')}</h2>
        <p>{t('privacyBody')}</p>
      </section>
    </main>
  );
}
