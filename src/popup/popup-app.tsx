import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatDate } from '../core/format';
import { send } from '../protocol/client';
import type { ContractDetailView, ContractsListView } from '../protocol/views';
import { t, uiLocale } from '../platform/i18n';
import { HostAccess } from '../ui/host-access';
import { ContractDetail } from '../ui/contract-detail';
import { TroubleNotice } from '../ui/trouble-notice';

type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export function PopupApp() {
  const [list, setList] = useState<Loaded<ContractsListView>>({ state: 'loading' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [detail, setDetail] = useState<Loaded<ContractDetailView | null> | null>(null);

  const loadList = useCallback(() => {
    send('contracts.list', {}).then(
      (value) => setList({ state: 'ready', value }),
      (error) => setList({ state: 'error', message: String(error?.message ?? error) }),
    );
  }, []);
  const loadDetail = useCallback((id: string) => {
    setDetail({ state: 'loading' });
    send('contract.detail', { contractId: id }).then(
      (value) => setDetail({ state: 'ready', value }),
      (error) => setDetail({ state: 'error', message: String(error?.message ?? error) }),
    );
  }, []);

  useEffect(loadList, [loadList]);
  useEffect(() => {
    if (openId) loadDetail(openId);
  }, [openId, loadDetail]);

  return (
    <>
      <header class="top">
        <img src="/icons/icon-32.png" alt="" />
        <h1>{t('extName')}</h1>
        {openId && (
          <button type="button" class="link" onClick={() => (setOpenId(null), loadList())}>
            {t('backToList')}
          </button>
        )}
      </header>
      <main class="popup-main" aria-live="polite">
        <HostAccess />
        {list.state === 'error' && <TroubleNotice message={list.message} />}
        {list.state === 'ready' && list.value.trouble && <TroubleNotice message={list.value.trouble.message} />}
        {openId && detail ? (
          detail.state === 'loading' ? (
            <p class="empty">{t('loading')}</p>
          ) : detail.state === 'error' ? (
            <TroubleNotice message={detail.message} />
          ) : detail.value ? (
            <ContractDetail view={detail.value} onChanged={() => loadDetail(openId)} />
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

function ContractList({ view, onOpen }: { view: ContractsListView; onOpen: (id: string) => void }) {
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
            {view.contracts.map((c) => (
              <li
                class="contract"
                key={c.id}
                tabIndex={0}
                data-contract-id={c.id}
                onClick={() => onOpen(c.id)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onOpen(c.id))}
              >
                <span class="title">
                  {c.title}{' '}
                  <span class={`pill ${c.topSeverity ?? 'none'}`}>
                    {c.openWarnings ? t('warningsCount', String(c.openWarnings)) : t('noWarnings')}
                  </span>
                </span>
                <span class="meta">
                  {[c.clientName, c.type ? t(`type_${c.type}`) : null, t('lastSeen', formatDate(c.lastSeenAt, uiLocale()))]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {c.scopeRequests > 0 && <span class="meta">{t('extrasSummary', [String(c.scopeRequests), String(c.paidRequests)])}</span>}
                {c.problems.length > 0 && <span class="meta">{t('layoutNotRecognised')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
