// "Save this page for a bug report" beside a page the popup lists as not understood: the popup asks
// the content script of the tab showing that page for a sanitized copy (protocol/tab-messages.ts)
// and saves it as a file on the freelancer's click. Nothing is sent anywhere.
import { useEffect, useState } from 'preact/hooks';
import { issueTrackerUrl } from '../core/bug-report';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { askTab } from './ask-tab';
import { downloadText } from './download';

/** The open tab showing `url`, the active one first; null when none is open. */
async function tabShowing(url: string): Promise<number | null> {
  const tabs = await browser.tabs.query({ url: 'https://www.upwork.com/*' });
  const showing = tabs.filter((tab) => tab.url === url && tab.id !== undefined).sort((a, b) => Number(b.active) - Number(a.active));
  return showing[0]?.id ?? null;
}

export function SavePageCopy({ url }: { url: string }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    tabShowing(url).then(setTabId, () => setTabId(null));
  }, [url]);
  if (tabId === null) return null;
  const tracker = issueTrackerUrl(browser.runtime.getManifest().homepage_url);
  const noteId = `save-note-${tabId}`;
  const save = () =>
    askTab(tabId, 'page.copyForBugReport').then(
      ({ filename, html }) => {
        downloadText(filename, html, 'text/html');
        setStatus(t('saveCopyDone'));
      },
      (error) => setStatus(`${t('saveCopyFailed')} ${error instanceof Error ? error.message : String(error)}`),
    );
  return (
    <div class="save-copy">
      <button type="button" class="save" aria-describedby={noteId} onClick={save}>
        {t('saveCopy')}
      </button>{' '}
      <span role="status">{status ?? ''}</span>
      <p class="note" id={noteId}>
        {t('saveCopyNote')}{' '}
        {tracker ? (
          <a href={tracker} target="_blank" rel="noopener noreferrer">
            {t('saveCopyAttach')}
          </a>
        ) : (
          t('saveCopyAttach')
        )}
      </p>
    </div>
  );
}
