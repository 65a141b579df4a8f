// Watches the Upwork single-page app: reads the page when it renders or changes, sends what is new
// to the background, and shows the answer. Everything page-bound hangs off an AbortSignal that is
// aborted on in-app navigation, when another copy of this script takes over (extension updated),
// or when the extension context is invalidated.
import { CHANGE_KEY, isOwnChange, parseChangeNotice } from '../protocol/change-notice';
import { ProtocolError } from '../protocol/envelope';
import { send } from '../protocol/client';
import { sendPatiently } from '../protocol/send-patiently';
import type { PagePreview, PageView } from '../protocol/views';
import { SETTINGS_KEY, surfaceSettings } from '../core/surface-settings';
import { api as browser } from '../platform/native-api';
import { readingToStore, readPage } from '../upwork/read-page';
import { observedContainer } from '../upwork/containers';
import { storyItem } from '../upwork/selectors';
import { getContractId, getRoomId } from '../upwork/urls';
import type { Message } from '../core/types';
import { isFromOwnPage } from '../protocol/tab-messages';
import { Banner, pageCopyForBugReport } from './banner';
import { IncrementalRoom } from './incremental-room';
import { prepareReading } from './prepare-reading';

const TAKEOVER_EVENT = 'scope-guard:takeover';
/** How long a page may keep changing before a reading with problems is reported anyway. */
const SETTLE_MS = 4000;
const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 1500;
/** After a failed send: when to try again, and how often at most per page. */
const RETRY_LATER_MS = 15_000;
/** Longest wait for one reply before the reading is sent again (it is idempotent). */
const REPLY_TIMEOUT_MS = 15_000;
const MAX_LATER_RETRIES = 20;

export function extensionContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function startPageWatch(): void {
  // A copy of this script from before an update may still run in this tab: tell it to stop.
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const life = new AbortController();
  // Any page script can dispatch this event too. Only a copy whose extension context is gone (the
  // extension was updated or reloaded) steps aside; a working copy ignores it, so a page cannot
  // silence the recording this way.
  document.addEventListener(
    TAKEOVER_EVENT,
    () => {
      if (!extensionContextValid()) invalidated();
    },
    { signal: life.signal },
  );
  const banner = new Banner(life.signal);
  let session: PageSession | null = null;
  // Sent with this script's readings and echoed in the change notices they cause.
  const readerId = crypto.randomUUID();

  const checkUrl = () => {
    if (life.signal.aborted) return;
    if (!extensionContextValid()) return invalidated();
    if (session?.url === location.href) return;
    session?.abort();
    session = new PageSession(location.href, readerId, life.signal, banner, invalidated);
  };
  const invalidated = () => {
    if (life.signal.aborted) return;
    life.abort();
    banner.showUpdatedNotice();
  };

  // In-app navigation: the Navigation API where the browser has it, a cheap URL check otherwise.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', checkUrl, { signal: life.signal });
  window.addEventListener('popstate', checkUrl, { signal: life.signal });
  const poll = setInterval(() => {
    checkUrl();
    session?.checkContainer();
    banner.place();
  }, 1000);
  life.signal.addEventListener('abort', () => clearInterval(poll));

  // Banners and markers on or off, from the options page: applied now and whenever they change.
  const applySettings = (stored: unknown) => banner.setSettings(surfaceSettings(stored));
  browser.storage.local.get(SETTINGS_KEY).then((stored) => applySettings(stored[SETTINGS_KEY]), () => undefined);
  // The background bumps this key whenever stored state changes (a dismissal in the popup, another
  // tab's reading). A change this script's own reading caused was answered with the reading.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) applySettings(changes[SETTINGS_KEY]?.newValue);
    if (CHANGE_KEY in changes && !isOwnChange(parseChangeNotice(changes[CHANGE_KEY]?.newValue), readerId)) session?.refreshView();
  };
  browser.storage.onChanged.addListener(onStorage);
  // Coming back to this tab: show what changed meanwhile (Firefox does not always deliver the
  // change signal to a background tab's content script).
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && session?.refreshView(), { signal: life.signal });
  // Messages from the extension itself, answered only when they come from it: the background's
  // early view of a reading (page.preview), and the popup asking for a sanitized copy of a page it
  // lists as not understood (the background makes it, the popup saves the file; nothing leaves
  // the machine).
  const onTabMessage = (message: unknown, sender: { id?: string; url?: string; tab?: { url?: string } }, sendResponse: (reply: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if ((type !== 'page.copyForBugReport' && type !== 'page.preview') || !isFromOwnPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return;
    // The background's assessment of this reader's reading, ahead of its reply.
    if (type === 'page.preview') {
      const preview = message as PagePreview;
      if (preview.from === readerId) session?.preview(preview.view);
      return;
    }
    pageCopyForBugReport().then(
      (value) => sendResponse({ ok: true, value }),
      (error) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    // The answer follows once the background has made the copy.
    return true;
  };
  // The polyfill's types know only promise-returning listeners; natively, sendResponse is the way
  // in both browsers.
  const tabListener = onTabMessage as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(tabListener);
  life.signal.addEventListener('abort', () => {
    session?.abort();
    if (extensionContextValid()) {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(tabListener);
    }
  });
  checkUrl();
}

/** Does a mutation add a story (a message of the room) to the page? */
function addsStory(record: MutationRecord): boolean {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === 1 && ((node as Element).matches(storyItem) || (node as Element).querySelector(storyItem) !== null)) return true;
  }
  return false;
}

class PageSession {
  readonly url: string;
  private readonly controller = new AbortController();
  private readonly startedAt = performance.now();
  private readonly acknowledged = new Set<string>();
  private lastStateKey: string | null = null;
  private laterRetries = 0;
  private dueAt = 0;
  /** Whether the reading due at `dueAt` is a deliberate wait rather than a debounced page change. */
  private dueExact = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstDirtyAt = 0;
  private running = false;
  private dirty = false;
  private view: PageView | null = null;
  private observer: MutationObserver | null = null;
  private observing: Node | null = null;
  /** Reads the observed room story by story, only what changed since the last reading. */
  private room: IncrementalRoom | null = null;
  /** Messages read but not yet acknowledged by the background, in the order they were read. */
  private readonly unsent = new Map<string, Message>();
  /** When the reading now on its way was sent; null when none is. */
  private sentAt: number | null = null;

  constructor(
    url: string,
    private readonly readerId: string,
    parent: AbortSignal,
    private readonly banner: Banner,
    private readonly onInvalidated: () => void,
  ) {
    this.url = url;
    parent.addEventListener('abort', () => this.abort(), { signal: this.controller.signal });
    this.banner.reset();
    this.banner.setStatus('reading');
    this.observe();
    this.schedule(0);
    this.showKnown();
  }

  /** A page seen before: show what the store knows at once, while this visit's reading is on its way. */
  private showKnown(): void {
    const contractId = getContractId(this.url);
    const roomId = getRoomId(this.url);
    if (!contractId && !roomId) return;
    send('page.view', { contractId, roomId })
      .then((view) => {
        // The reading's own answer, when it came first, is the newer one.
        if (this.signal.aborted || this.view || view.warnings.length === 0) return;
        this.banner.render(view, this.signal);
      })
      .catch(() => {});
  }

  abort(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.controller.abort();
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Observe the part of the page that holds what we read; re-aimed as the app renders. */
  private observe(): void {
    const container = observedContainer(document, this.url) ?? document.body ?? document.documentElement;
    if (container === this.observing) return;
    this.observer?.disconnect();
    this.observing = container;
    const room = new IncrementalRoom(container);
    this.room = room;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => this.banner.owns(r.target))) return;
      room.noteMutations(records, (node) => this.banner.owns(node));
      // The room's first messages rendering (the app shows them after fetching): read them now,
      // not after the debounce that gathers later changes (no message of this page read yet).
      // Read in this microtask, before the page paints them: a first reading is at most one slice
      // of 12 ms, and a timer would wait behind the page's rendering of everything it added.
      if (this.acknowledged.size === 0 && this.unsent.size === 0 && records.some(addsStory)) {
        clearTimeout(this.timer);
        this.timer = undefined;
        void this.run();
      } else this.schedule();
    });
    this.observer.observe(container, { childList: true, subtree: true, characterData: true });
  }

  /** The app may replace the element we observe without changing the URL: follow it. */
  checkContainer(): void {
    if (this.signal.aborted) return;
    if (!this.observing?.isConnected || observedContainer(document, this.url) !== this.observing) {
      this.observe();
      this.schedule();
    }
  }

  /** Read after `delay` ms: debounced for page changes (never postponed past MAX_WAIT_MS), exact
   * for a deliberate wait (`debounced` false), which a page change may bring forward but never
   * postpones (the next slice of a long reading is due at once however busy the page is). */
  schedule(delay = DEBOUNCE_MS, debounced = true): void {
    if (this.signal.aborted) return;
    const now = performance.now();
    if (!this.timer) this.firstDirtyAt = now;
    else if (!debounced && this.dueAt <= now + delay) return;
    const wait = debounced ? Math.max(0, Math.min(delay, this.firstDirtyAt + MAX_WAIT_MS - now)) : delay;
    if (this.timer && debounced && this.dueExact && this.dueAt <= now + wait) return;
    clearTimeout(this.timer);
    this.dueAt = now + wait;
    this.dueExact = !debounced;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }


  refreshView(): void {
    if (this.signal.aborted || !this.view) return;
    const { contractId } = this.view;
    // A refresh that fails (the background restarting) keeps the banner as it is: nothing was lost.
    sendPatiently('page.view', { contractId: /^\d+$/.test(contractId ?? '') ? contractId : null, roomId: null }).then(
      (view) => this.show(view),
      () => undefined,
    );
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.dirty = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.dirty = false;
        await this.readAndSend();
      } while (this.dirty && !this.signal.aborted);
    } finally {
      this.running = false;
    }
  }

  private async readAndSend(): Promise<void> {
    if (this.signal.aborted) return;
    if (!extensionContextValid()) return this.onInvalidated();
    this.observe();
    const room = this.room;
    const started = performance.now();
    const read = readPage(document, this.url, room ? { readRoom: (doc, context) => room.read(doc, context) } : {});
    // Visible in the page's performance timeline: `npm run bench` times readings with it.
    performance.measure('scope-guard:read', { start: started, end: performance.now() });
    for (const message of read.messages) if (!this.acknowledged.has(message.id)) this.unsent.set(message.id, message);
    // A long room is read in slices: let the page run, then read on before sending anything.
    if (room?.pending) {
      this.schedule(0, false);
      return;
    }
    const reading = readingToStore({ ...read, messages: [...this.unsent.values()] }, this.url);
    if (reading.kind === 'unknown') {
      this.banner.setStatus('ignored');
      return;
    }
    // A page still rendering looks like a page not understood: give it time before saying so.
    const young = performance.now() - this.startedAt < SETTLE_MS;
    if (reading.problems.length > 0 && young) {
      this.banner.setStatus('reading');
      this.schedule(SETTLE_MS - (performance.now() - this.startedAt) + 50, false);
      return;
    }
    const prepared = prepareReading(reading, this.acknowledged, this.lastStateKey);
    if (prepared.batches.length === 0) return;
    this.banner.setStatus('reading');
    try {
      let view: PageView | null = null;
      for (const batch of prepared.batches) {
        this.sentAt = performance.now();
        const ack = await sendWithRetry(this.url, batch, this.readerId, this.signal).finally(() => this.answered());
        if (this.signal.aborted) return;
        for (const message of batch.messages) {
          this.acknowledged.add(message.id);
          this.unsent.delete(message.id);
        }
        view = ack.view;
      }
      this.lastStateKey = prepared.stateKey;
      if (view) this.show(view);
    } catch (error) {
      this.failed(error);
      // Not acknowledged: the background was down longer than the retries, or could not store it
      // (disk full). Try again later even if the page does not change; a rejection of the reading
      // itself ("Rejected …") would fail the same way again.
      if (!(error instanceof Error && /^Rejected/.test(error.message)) && this.laterRetries < MAX_LATER_RETRIES) {
        this.laterRetries++;
        this.schedule(RETRY_LATER_MS, false);
      }
    }
  }

  /** The background's assessment of the reading on its way, before it is committed: shown now. The
   * reply confirms it (the same warnings: the banner is left as it is) or says what failed. */
  preview(view: PageView): void {
    if (this.sentAt === null) return;
    this.answered();
    // The store's trouble comes with the reply: until then, what the last reply said. The status
    // stays "reading" until the reply: the reading is not stored yet.
    this.show({ ...view, trouble: this.view?.trouble ?? null }, false);
  }

  /** The first answer to the reading on its way (a preview or the reply): the round trip's end. */
  private answered(): void {
    if (this.sentAt === null) return;
    // Visible in the page's performance timeline: `npm run bench` times the round trip with it.
    performance.measure('scope-guard:store', { start: this.sentAt, end: performance.now() });
    this.sentAt = null;
  }

  private show(view: PageView, stored = true): void {
    if (this.signal.aborted) return;
    this.view = view;
    const started = performance.now();
    this.banner.render(view, this.signal);
    performance.measure('scope-guard:render', { start: started, end: performance.now() });
    if (stored) this.banner.setStatus('ready');
  }

  private failed(error: unknown): void {
    if (this.signal.aborted) return;
    if (!extensionContextValid()) {
      this.onInvalidated();
      return;
    }
    this.banner.showError(error instanceof Error ? error.message : String(error));
    this.banner.setStatus('error');
  }
}

/** A reply that never comes (a worker stopped in the middle of answering) counts as no reply. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProtocolError(`No reply from Scope Guard’s background in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The background may be restarting (its worker stopped mid-write): resend until it acknowledges. */
async function sendWithRetry(url: string, reading: Parameters<typeof send<'page.reading'>>[1]['reading'], from: string, signal: AbortSignal) {
  let delay = 150;
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTimeout(send('page.reading', { url, reading, from }), REPLY_TIMEOUT_MS);
    } catch (error) {
      // A rejection by the background is final; a missing or broken connection is worth a retry.
      if (error instanceof ProtocolError && !/no reply/i.test(error.message)) throw error;
      // About 10 s in all: a Firefox event page or a Chrome worker can take seconds to come back.
      if (attempt >= 9 || signal.aborted || !extensionContextValid()) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
}
