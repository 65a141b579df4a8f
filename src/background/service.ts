// What the background does for each message: store readings, assess contracts, answer views.
// It is written against the store and plain functions, so it holds no state that matters in
// memory: a stopped service worker loses nothing.
import { type Assessment, assessContract } from '../core/assess';
import { contractTimelineCsv, contractTimelineMarkdown } from '../core/export-format';
import { formatDate } from '../core/format';
import { contractRisk } from '../core/rules';
import type { Reminder } from '../core/reminders';
import type { Settings } from '../core/settings';
import type { ContractState, Severity } from '../core/types';
import { Rejection } from '../protocol/envelope';
import type { HandlerContext, Handlers } from '../protocol/router';
import type { ContractListItem, PagePreview, PageView, RecentPage, ResponseMap, StoreTrouble, WarningView } from '../protocol/views';
import { sanitizeTree } from '../upwork/sanitize-page';
import { getContractId, getRoomId, isMessageRoom, isWorkroom } from '../upwork/urls';
import type { ContractRow } from './db';
import type { AssessInStore, ContractSummaryFields, IngestResult, Store } from './store';
import { troubleOf } from './store-error';

export interface Environment {
  store: Store;
  settings(): Promise<Settings>;
  /** The UI language, for dates in page views; the runtime's default when absent. */
  locale?(): string;
  now(): string;
  /** Per-tab and global badge. */
  setBadge(tabId: number | null, count: number, severity: Severity | null): Promise<void>;
  /** Tell content scripts and pages that stored state changed; `from`: the reader whose reading changed it. */
  announceChange(from?: string | null): Promise<void>;
  recentPages(): Promise<RecentPage[]>;
  rememberPage(page: RecentPage): Promise<void>;
  /** Forget the recent pages (their URLs name contracts and rooms): part of deleting all data. */
  forgetRecentPages?(): Promise<void>;
  /** A storage failure to show: the last failed write, else the store's last error. */
  trouble(): Promise<StoreTrouble | null>;
  reportTrouble(error: unknown): Promise<void>;
  /** A write succeeded: forget reported write failures (unreadable records stay reported). */
  clearTrouble(): Promise<void>;
  /**
   * Work a reply need not wait for (badges, reminders, the change notice), run after the reply: it
   * may fail, and must say so in the log. Absent (tests), the handler awaits it before replying.
   */
  afterReply?(work: () => Promise<void>): void;
  /** Sends a reading's page view to its tab before the reading is committed (page.reading says
   * why); the reply after the commit confirms it. Never throws. Absent: only the reply. */
  preview?(tabId: number, preview: PagePreview): void;
  /** Deadline reminders: brings the alarms of one contract (or all) in line with the store. */
  reminders?: { sync(contractId?: string): Promise<Reminder[]> };
}

const SEVERITY_ORDER: Severity[] = ['high', 'medium', 'info'];

function topSeverity(warnings: { severity: Severity }[]): Severity | null {
  for (const severity of SEVERITY_ORDER) if (warnings.some((w) => w.severity === severity)) return severity;
  return null;
}

/** Warnings that count on the badge: information notes (a review deadline) do not. */
const badgeCount = (warnings: { severity: Severity }[]) => warnings.filter((w) => w.severity !== 'info').length;

export function createHandlers(env: Environment): Handlers<ResponseMap> {
  /** What the popup list ranks and counts a contract by. */
  function summaryOf(assessment: Assessment): ContractSummaryFields {
    const open = assessment.warnings;
    return {
      openWarnings: badgeCount(open),
      rank: contractRisk(open),
      topSeverity: topSeverity(open),
      scopeRequests: assessment.scopeRequests.length,
      paidRequests: assessment.scopeRequests.filter((r) => r.paid).length,
    };
  }

  async function assess(state: ContractState): Promise<Assessment> {
    const [events, dismissals, settings] = await Promise.all([
      env.store.getTimeline(state.id),
      env.store.listDismissals(state.id),
      env.settings(),
    ]);
    return assessContract(state, events, { dismissals, now: env.now(), settings });
  }

  /** Re-assess one contract and keep its list summary (rank, counts) current in the store. */
  async function refreshSummary(state: ContractState): Promise<Assessment> {
    const assessment = await assess(state);
    await env.store.setSummary(state.id, summaryOf(assessment));
    return assessment;
  }

  async function pageView(contractKey: string | null, problems: string[]): Promise<PageView> {
    const state = contractKey ? await env.store.getContract(contractKey) : null;
    const trouble = await env.trouble();
    if (!state) return { contractId: contractKey, title: null, warnings: [], markers: [], problems, trouble };
    return viewOf(state, await assess(state), problems, trouble, env.locale?.());
  }

  // One update at a time, each reading the store after the one before has set the badge: two
  // readings handled at once could otherwise set an older count last.
  let badgeUpdates: Promise<void> = Promise.resolve();
  function updateGlobalBadge(): Promise<void> {
    badgeUpdates = badgeUpdates.catch(() => undefined).then(async () => {
      const contracts = await env.store.listContracts();
      const total = contracts.reduce((sum, c) => sum + (c.openWarnings ?? 0), 0);
      const top = topSeverity(contracts.filter((c) => c.openWarnings > 0).map((c) => ({ severity: c.topSeverity ?? 'info' })));
      await env.setBadge(null, total, top);
    });
    return badgeUpdates;
  }

  /** Reminders follow the timeline; a failure there never fails what changed the timeline. */
  async function syncReminders(contractId?: string): Promise<void> {
    try {
      await env.reminders?.sync(contractId);
    } catch (error) {
      console.warn('Scope Guard: reminders not updated:', error);
    }
  }

  return {
    // One assessment per reading: the one that keeps the summary and badge current also answers
    // with the page's view, and the change notice names the reader so that it does not ask again.
    async 'page.reading'({ url, reading, from }, context) {
      checkClaim(url, reading.contractId, reading.roomId, context);
      const observedAt = env.now();
      const settings = await env.settings();
      // The recent pages list and the store are apart (storage.local and IndexedDB): both at once.
      const remembered = env.rememberPage({ url: url.split('?')[0] as string, kind: reading.kind, at: observedAt, problems: reading.problems });
      let result: IngestResult<Assessment>;
      // The page's view, made once (in the transaction), shown early and sent again with the reply.
      let early: PageView | null = null;
      try {
        // The contract is assessed inside the reading's transaction, and its summary (the popup
        // list ranks by it) stored with the reading, before the reply. The badges, reminders and
        // change notice follow from the store and can come after it.
        const assess: AssessInStore<Assessment> = (state, events, dismissals) => {
          const assessment = assessContract(state, events, { dismissals, now: env.now(), settings });
          const summary = summaryOf(assessment);
          early = viewOf({ ...state, ...summary }, assessment, reading.problems, null, env.locale?.());
          // The assessment is made before the reading's new events are written (a room of 100:
          // half the round trip): the banner need not wait for the disk. If the write then fails,
          // the reply says so and the banner shows it.
          if (env.preview && context.tabId !== null && from) env.preview(context.tabId, { type: 'page.preview', from, view: early });
          return { summary, value: assessment };
        };
        [result] = await Promise.all([env.store.ingest(reading, observedAt, url, assess), remembered]);
      } catch (error) {
        await remembered.catch(() => undefined);
        await env.reportTrouble(error);
        throw error;
      }
      await env.clearTrouble();
      if (result.assessFailed !== undefined) throw result.assessFailed;
      const state = result.assessed?.state ?? null;
      const assessment = result.assessed?.value ?? null;
      // After the assessment: it notes unreadable records it had to leave out.
      const trouble = await env.trouble();
      const followUp = async () => {
        if (assessment && context.tabId !== null) {
          await env.setBadge(context.tabId, badgeCount(assessment.warnings), topSeverity(assessment.warnings));
        }
        // The summary may change without a new event (a room linked to its contract): keep the
        // global count with it.
        if (state || result.added > 0) await updateGlobalBadge();
        if (result.added > 0) {
          if (result.contractId) await syncReminders(result.contractId);
          await env.announceChange(from ?? null);
        }
      };
      if (env.afterReply) env.afterReply(followUp);
      else await followUp();
      // (Set inside the assessment: TypeScript does not see a callback's assignment.)
      const made = early as PageView | null;
      const view: PageView =
        state && assessment
          ? made
            ? { ...made, trouble }
            : viewOf(state, assessment, reading.problems, trouble, env.locale?.())
          : { contractId: result.contractId, title: null, warnings: [], markers: [], problems: reading.problems, trouble };
      return { contractId: result.contractId, added: result.added, view };
    },

    async 'page.view'({ contractId, roomId }, context) {
      const key = contractId ?? (roomId ? ((await env.store.contractForRoom(roomId)) ?? roomId) : null);
      const view = await pageView(key, []);
      // Asked after a change elsewhere (a dismissal in the popup): keep this tab's badge current.
      if (key && context.tabId !== null) await env.setBadge(context.tabId, badgeCount(view.warnings), topSeverity(view.warnings));
      return view;
    },

    async 'warning.dismiss'({ contractId, warningId, reason }) {
      const state = await env.store.getContract(contractId);
      if (!state) throw new Error(`No contract ${contractId}`);
      await env.store.dismiss({ contractId: state.id, warningId, reason, at: env.now() });
      await refreshSummary(state);
      await updateGlobalBadge();
      await env.announceChange();
      return { dismissed: true };
    },

    // The copy is made here, not in the page: the sanitizer stays out of the content script.
    async 'page.sanitize'({ url, tree }) {
      return { html: sanitizeTree(tree, url) };
    },

    async 'contracts.list'() {
      const recentPages = await env.recentPages();
      let rows: ContractRow[];
      try {
        rows = await env.store.listContracts();
      } catch (error) {
        // No usable store (a private window, a full or broken profile): say so, with what is known.
        return { contracts: [], recentPages, trouble: troubleOf(error, 'listing contracts') };
      }
      // After the listing: it notes the records it had to leave out.
      const trouble = await env.trouble();
      const contracts: ContractListItem[] = rows.map((row) => ({
        id: row.id,
        title: row.contract?.title ?? row.id,
        clientName: row.contract?.clientName ?? null,
        type: row.contract?.type ?? null,
        openWarnings: row.openWarnings ?? 0,
        topSeverity: row.topSeverity ?? null,
        lastSeenAt: row.lastSeenAt,
        problems: row.lastProblems,
        scopeRequests: row.scopeRequests ?? 0,
        paidRequests: row.paidRequests ?? 0,
      }));
      return { contracts, recentPages, trouble };
    },

    async 'contract.detail'({ contractId }) {
      const state = await env.store.getContract(contractId);
      if (!state) return null;
      const [events, assessment] = await Promise.all([env.store.getTimeline(state.id), assess(state)]);
      return {
        state,
        events,
        warnings: assessment.warnings as WarningView[],
        verdicts: Object.fromEntries(assessment.verdicts),
        scopeRequests: assessment.scopeRequests,
      };
    },

    async 'contract.setBaseline'({ contractId, text }) {
      await env.store.setBaseline(contractId, text, env.now());
      const state = await env.store.getContract(contractId);
      if (state) await refreshSummary(state);
      await env.announceChange();
      return { updated: true };
    },

    async 'contract.exportTimeline'({ contractId, format }) {
      const state = await env.store.getContract(contractId);
      if (!state) throw new Error(`No contract ${contractId}`);
      const [events, assessment] = await Promise.all([env.store.getTimeline(state.id), assess(state)]);
      const base = `scope-guard-${state.id}-${env.now().slice(0, 10)}`;
      return format === 'csv'
        ? { filename: `${base}.csv`, text: contractTimelineCsv(state, events, assessment.warnings) }
        : { filename: `${base}.md`, text: contractTimelineMarkdown(state, events, assessment.warnings) };
    },

    async 'data.export'() {
      const data = await env.store.exportAll(env.now());
      return { filename: `scope-guard-export-${env.now().slice(0, 10)}.json`, json: JSON.stringify(data, null, 1) };
    },

    async 'data.import'({ json }) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new Error('This file is not JSON: nothing was imported');
      }
      const result = await env.store.importAll(parsed);
      await env.clearTrouble();
      for (const row of await env.store.listContracts()) await refreshSummary(row);
      await updateGlobalBadge();
      await syncReminders();
      await env.announceChange();
      return result;
    },

    async 'data.delete'() {
      await env.store.deleteAll();
      await env.forgetRecentPages?.();
      await env.clearTrouble();
      await updateGlobalBadge();
      await syncReminders();
      await env.announceChange();
      return { deleted: true };
    },

    async 'reminders.sync'() {
      const reminders = (await env.reminders?.sync()) ?? [];
      return {
        reminders: reminders.map(({ name, when, kind, contractId, deadline }) => ({ name, when, kind, contractId, deadline })),
      };
    },

    async 'state.dump'() {
      const rows = await env.store.listContracts();
      const contracts = [];
      for (const row of rows) {
        const [events, assessment] = await Promise.all([env.store.getTimeline(row.id), assess(row)]);
        contracts.push({
          id: row.id,
          title: row.contract?.title ?? row.id,
          type: row.contract?.type ?? null,
          warnings: assessment.warnings.map((w) => ({ kind: w.kind, quote: w.quote, since: w.since, id: w.id })),
          events,
          milestones: row.milestones,
          problems: row.lastProblems,
        });
      }
      return { contracts };
    },
  };
}

function viewOf(state: ContractState, assessment: Assessment, problems: string[], trouble: StoreTrouble | null, locale: string | undefined): PageView {
  return {
    contractId: state.id,
    title: state.contract?.title ?? null,
    warnings: (assessment.warnings as WarningView[]).map((warning) => ({ ...warning, sinceText: formatDate(warning.since, locale) })),
    markers: assessment.markers,
    problems,
    trouble,
  };
}

/** A content script may only report the page it is on: the URL and ids must agree with its tab. */
function checkClaim(url: string, contractId: string | null, roomId: string | null, context: HandlerContext): void {
  if (!context.fromContentScript) return;
  const page = (href: string | undefined) => (href ?? '').split('#')[0];
  // sender.url is the document's URL when the script's messaging started: after an in-app
  // navigation (history.pushState) only the tab's URL, kept current by the browser, is the page.
  const tabUrl = context.sender.frameId === 0 || context.sender.frameId === undefined ? context.sender.tab?.url : undefined;
  if (page(context.sender.url) !== page(url) && (tabUrl === undefined || page(tabUrl) !== page(url))) {
    throw new Rejection('Rejected a reading for a page other than the sender’s');
  }
  if (isWorkroom(url) && getContractId(url) !== contractId) throw new Rejection('Rejected a reading that claims another contract');
  if (isMessageRoom(url) && getRoomId(url) !== roomId) throw new Rejection('Rejected a reading that claims another room');
}
