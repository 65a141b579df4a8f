import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatDate } from '../core/format';
import { CHANGE_KEY } from '../protocol/change-notice';
import { sendPatiently } from '../protocol/send-patiently';
import type { ContractDetailView, ContractsListView } from '../protocol/views';
import { browser } from '../platform/browser';
import { t, tCount, uiLocale } from '../platform/i18n';
import { HostAccess } from '../ui/host-access';
import { ContractDetail } from '../ui/contract-detail';
import { TroubleNotice } from '../ui/trouble-notice';
import { SavePageCopy } from '../ui/save-page-copy';

type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export function PopupApp() {
  const [list, setList] = useState<Loaded<ContractsListView>>({ state: 'loading' });
  // `#contract=<id>`: opened from a reminder's notification, straight at that contract.
  const [openId, setOpenId] = useState<string | null>(() => contractFromHash(location.hash));
  const [detail, setDetail] = useState<Loaded<ContractDetailView | null> | null>(null);

  const loadList = useCallback(() => {
    sendPatiently('contracts.list', {}).then(
      (value) => setList({ state: 'ready', value }),
      (error) => setList({ state: 'error', message: String(error?.message ?? error) }),
    );
  }, []);
  const loadDetail = useCallback((id: string, quiet = false) => {
    if (!quiet) setDetail({ state: 'loading' });
    sendPatiently('contract.detail', { contractId: id }).then(
      (value) => setDetail({ state: 'ready', value }),
      (error) => setDetail({ state: 'error', message: String(error?.message ?? error) }),
    );
  }, []);

  useEffect(loadList, [loadList]);
  useEffect(() => {
    if (openId) loadDetail(openId);
  }, [openId, loadDetail]);
  // The background bumps this key when stored state changes (a dismissal in a page's banner, a
  // new reading): show it without reopening the popup.
  useEffect(() => {
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(CHANGE_KEY in changes)) return;
      loadList();
      if (openId) loadDetail(openId, true);
    };
    browser.storage.onChanged.addListener(onChange);
    // Shown again (an options or popup tab): catch up in case a change signal was missed.
    const onVisible = () => document.visibilityState === 'visible' && onChange({ [CHANGE_KEY]: {} }, 'local');
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      browser.storage.onChanged.removeListener(onChange);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [openId, loadList, loadDetail]);

  return (
    <>
      <header class="top">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
        {openId && (
          <button type="button" class="link" onClick={() => {
              setOpenId(null);
              loadList();
            }}>
            {t('backToList')}
          </button>
        )}
      </header>
      <main class="popup-main" aria-live="polite">
        <HostAccess />
        {list.state === 'error' && <TroubleNotice message={list.message} kind="load" />}
        {list.state === 'ready' && list.value.trouble && <TroubleNotice message={list.value.trouble.message} />}
        {openId && detail ? (
          detail.state === 'loading' ? (
            <p class="empty">{t('loading')}</p>
          ) : detail.state === 'error' ? (
            <TroubleNotice message={detail.message} kind="load" />
          ) : detail.value ? (
            <ContractDetail view={detail.value} onChanged={() => loadDetail(openId, true)} />
          ) : (
            <p class="empty">{t('contractGone')}</p>
          )
        ) : list.state === 'ready' ? (
          <ContractList view={list.value} onOpen={setOpenId} />
        ) : list.state === 'loading' ? (
          <p class="empty">{t('loading')}</p>
        ) : null}
      </main>
    </>
  );
}

function contractFromHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('contract');
  return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

/** Contracts rendered at first: a screenful; the rest follow in later tasks, after the first paint. */
const FIRST_SCREEN = 20;
const LATER_CHUNK = 200;

function ContractList({ view, onOpen }: { view: ContractsListView; onOpen: (id: string) => void }) {
  const [shown, setShown] = useState(FIRST_SCREEN);
  const total = view.contracts.length;
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + LATER_CHUNK), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  const notUnderstood = view.recentPages.filter((p) => p.problems.length > 0).slice(0, 2);
  return (
    <>
      {notUnderstood.map((page) => (
        <div class="notice problems" role="note" key={page.url + page.at}>
          <strong>{t('layoutNotRecognised')}</strong> <span>{page.url.replace('https://www.upwork.com', '')}</span>
          <ul>
            {page.problems.slice(0, 3).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <SavePageCopy url={page.url} />
        </div>
      ))}
      {view.contracts.length === 0 ? (
        <div class="empty" data-testid="empty-state">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <p>{t('privacyShort')}</p>
        </div>
      ) : (
        <>
          <h2>{t('contractsHeading')}</h2>
          <ul class="contracts">
            {view.contracts.slice(0, shown).map((c) => (
              <li class={`contract ${c.topSeverity ?? 'none'}`} key={c.id} data-contract-id={c.id}>
                <button type="button" class="open-contract" onClick={() => onOpen(c.id)}>
                  <span class="title">
                    <span class="name">{c.title}</span>
                    <span class={`pill ${c.openWarnings ? (c.topSeverity ?? 'info') : 'none'}`}>
                      {c.openWarnings ? tCount('warningsCount', c.openWarnings) : t('noWarnings')}
                    </span>
                  </span>
                  <span class="meta">
                    {[c.clientName, c.type ? t(`type_${c.type}`) : null, t('lastSeen', formatDate(c.lastSeenAt, uiLocale()))]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {c.scopeRequests > 0 && <span class="meta extras">{tCount('extrasSummary', c.scopeRequests, String(c.paidRequests))}</span>}
                  {c.problems.length > 0 && <span class="meta problem">{t('layoutNotRecognised')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
