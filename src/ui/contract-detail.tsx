import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, formatMoney } from '../core/format';
import { send } from '../protocol/client';
import { sendPatiently } from '../protocol/send-patiently';
import type { ContractDetailView, WarningView } from '../protocol/views';
import { browser } from '../platform/browser';
import { t, uiLocale } from '../platform/i18n';
import { TimelinePicture } from './timeline-picture';
import { downloadText } from './download';
import { groupByMessage, type WarningGroup } from '../core/warning-groups';

const DISMISS_REASONS = ['dismissReasonAgreed', 'dismissReasonInScope', 'dismissReasonNotScope', 'dismissReasonOther'];

export function ContractDetail({ view, onChanged }: { view: ContractDetailView; onChanged: () => void }) {
  const { state } = view;
  const title = state.contract?.title ?? state.id;
  const isContract = /^\d+$/.test(state.id);
  // Opening a contract replaces the list: keep a keyboard user's place by moving focus to it,
  // in the same commit as the new content (a plain effect runs a frame later, when a quick
  // Tab would still start from the page's top).
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [state.id]);
  return (
    <section data-contract-id={state.id}>
      <h2 ref={heading} tabIndex={-1} class="detail-title">
        {title}
      </h2>
      <p class="meta">
        {[state.contract?.clientName, state.contract ? t(`type_${state.contract.type}`) : null,
          state.contract?.budget != null ? formatMoney(state.contract.budget, state.contract.currency, uiLocale()) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {state.lastProblems.length > 0 && (
        <div class="notice problems" role="note">
          <strong>{t('layoutNotRecognised')}</strong>
          <ul>
            {state.lastProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {view.warnings.length === 0 ? (
        <p class="empty" data-testid="no-warnings">{t('noWarningsLong')}</p>
      ) : (
        groupByMessage(view.warnings).map((group) => <MessageCard key={group.key} group={group} contractId={state.id} onChanged={onChanged} />)
      )}
      <h3>{t('timelineHeading')}</h3>
      <TimelinePicture view={view} />
      <Baseline view={view} onChanged={onChanged} />
      <div class="actions">
        {isContract && (
          <button type="button" onClick={() => openWorkroom(state.id)}>
            {t('openWorkroom')}
          </button>
        )}
        <button type="button" onClick={() => exportTimeline(state.id, 'markdown')}>{t('exportMarkdown')}</button>
        <button type="button" onClick={() => exportTimeline(state.id, 'csv')}>{t('exportCsv')}</button>
      </div>
    </section>
  );
}

/** The contract's workroom in a new tab: the freelancer's own navigation, nothing fetched. */
function openWorkroom(contractId: string): void {
  void browser.tabs.create({ url: `https://www.upwork.com/nx/wm/workroom/${contractId}/overview` });
}

async function exportTimeline(contractId: string, format: 'markdown' | 'csv') {
  const { filename, text } = await send('contract.exportTimeline', { contractId, format });
  downloadText(filename, text, format === 'csv' ? 'text/csv' : 'text/markdown');
}

function Sources({ sources }: { sources: { url: string; title: string }[] }) {
  if (sources.length === 0) return null;
  return (
    <span class="sources">
      {sources.map((s) => (
        <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>
      ))}
    </span>
  );
}

const idFor = (warning: WarningView) => `w-${warning.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** One client message: its words once, then what each warning it raised means and what to do. */
function MessageCard({ group, contractId, onChanged }: { group: WarningGroup<WarningView>; contractId: string; onChanged: () => void }) {
  return (
    <article class={`message-card ${group.severity}`} data-message-id={group.messageId ?? undefined} aria-labelledby={group.warnings.map(idFor).join(' ')}>
      {group.quotes.length > 0 && (
        <blockquote>
          {group.quotes.map((quote) => (
            <p key={quote}>“{quote}”</p>
          ))}
          <footer>{t('clientWroteOn', formatDate(group.since, uiLocale()))}</footer>
        </blockquote>
      )}
      {group.warnings.map((w) => (
        <WarningCard key={w.id} warning={w} contractId={contractId} onChanged={onChanged} />
      ))}
    </article>
  );
}

function WarningCard({ warning, contractId, onChanged }: { warning: WarningView; contractId: string; onChanged: () => void }) {
  const [reason, setReason] = useState(DISMISS_REASONS[0] as string);
  const [copied, setCopied] = useState<string | null>(null);
  const { advice } = warning;
  const titleId = idFor(warning);
  return (
    // No accessible name: a named section is a landmark, and a card's warnings would be many.
    <section class={`warning ${warning.severity}`} data-kind={warning.kind} data-warning-id={warning.id}>
      <h3 id={titleId}>
        <span class={`pill ${warning.severity}`}>{t(`severity_${warning.severity}`)}</span> {t(`warning_${warning.kind}`)}
      </h3>
      <p class="lead">{advice.summary}</p>
      <div class="actions">
        {advice.readyMessage && (
          <button
            type="button"
            class="primary"
            onClick={() =>
              navigator.clipboard.writeText(advice.readyMessage?.text ?? '').then(
                () => setCopied(t('copied')),
                () => setCopied(t('copyFailed')),
              )
            }
          >
            {copied ?? t('copyProposal')}
          </button>
        )}
        {/^\d+$/.test(contractId) && (
          <button type="button" onClick={() => openWorkroom(contractId)}>
            {t('openWorkroom')}
          </button>
        )}
        <span class="dismiss-row">
          <select value={reason} onChange={(e) => setReason((e.target as HTMLSelectElement).value)} aria-label={t('dismissReasonLabel')}>
            {DISMISS_REASONS.map((key) => (
              <option key={key} value={key}>
                {t(key)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => sendPatiently('warning.dismiss', { contractId, warningId: warning.id, reason }).then(onChanged)}>
            {t('dismiss')}
          </button>
        </span>
      </div>
      <span class="visually-hidden" role="status">{copied ?? ''}</span>
      <details open={warning.severity === 'high'}>
        <summary>{t('whatYouCanDo')}</summary>
        <ol class="steps">
          {advice.steps.map((step) => (
            <li key={step.text}>
              {step.text} <Sources sources={step.sources} />
            </li>
          ))}
          <li>
            {advice.jssNote.text} <Sources sources={advice.jssNote.sources} />
          </li>
        </ol>
      </details>
      {advice.readyMessage && (
        <details>
          <summary>{t('readyMessageHeading')}</summary>
          <pre class="ready" lang={advice.readyMessage.lang}>{advice.readyMessage.text}</pre>
        </details>
      )}
    </section>
  );
}

function Baseline({ view, onChanged }: { view: ContractDetailView; onChanged: () => void }) {
  const { baseline } = view.state;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(baseline?.text ?? '');
  return (
    <section class="baseline">
      <h3>{t('baselineHeading')}</h3>
      {baseline && !editing ? (
        <>
          <blockquote>
            <p>{baseline.text.length > 600 ? `${baseline.text.slice(0, 600)}…` : baseline.text}</p>
            <footer>
              {baseline.source === 'manual' ? t('baselineManual', formatDate(baseline.seenAt, uiLocale())) : t('baselineSeen', formatDate(baseline.seenAt, uiLocale()))}
            </footer>
          </blockquote>
          <button type="button" class="link" onClick={() => setEditing(true)}>{t('baselineEdit')}</button>
        </>
      ) : (
        <>
          {!baseline && <p class="empty">{t('baselineMissing')}</p>}
          <label>
            <span class="visually-hidden">{t('baselineHeading')}</span>
            <textarea value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-label={t('baselineHeading')} />
          </label>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={!text.trim()}
              onClick={() => send('contract.setBaseline', { contractId: view.state.id, text: text.trim() }).then(() => {
                  setEditing(false);
                  onChanged();
                })
              }
            >
              {t('baselineSave')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
