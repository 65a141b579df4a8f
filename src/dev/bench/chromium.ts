// Chromium for the benchmark, with or without the built extension: playwright-core's own pages (the
// harness hides them) so that the bench can add init scripts, read long tasks and ask DevTools for
// the heap. Served pages and blocked requests as in the harness.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { browserExecutable, normalisePage, type ServedPage, waitFor } from '../harness';
import { chromiumArgs, serveUpwork } from '../harness/chromium';

/** Runs in every page before its own scripts: long tasks and the moment the banner shows. */
const PROBE = `(() => {
  const bench = (window.__bench = { longtasks: [], shownAt: null, warningPaintedAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const start = () => new MutationObserver((records) => {
    for (const r of records) {
      const t = r.target;
      if (bench.shownAt === null && t.localName === 'scope-guard-root' && t.getAttribute('data-shown') === 'true') bench.shownAt = performance.now();
    }
    // The popup: the first contract with a warning pill, once painted.
    if (bench.warningPaintedAt === null && bench.warningSeen !== true && document.querySelector('li.contract .pill:not(.none)')) {
      bench.warningSeen = true;
      requestAnimationFrame(() => setTimeout(() => { bench.warningPaintedAt = performance.now(); }, 0));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-shown'] });
  start();
})();`;

export interface BenchChromium {
  context: BrowserContext;
  extensionOrigin: string | null;
  serve(url: string, page: ServedPage | string): void;
  open(url: string): Promise<Page>;
  call<T>(type: string, data: unknown): Promise<T>;
  /** JS heap of the page's isolate (page and content scripts share it) after a full GC, in bytes. */
  heapUsed(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchBenchChromium(withExtension: boolean, extensionDir: string): Promise<BenchChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'scope-guard-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserExecutable('chromium'),
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(withExtension ? extensionDir : null),
  });
  const served = new Map<string, ServedPage>();
  const records = { stray: [] as string[], upwork: [] as string[] };
  await serveUpwork(context, served, records);
  await context.addInitScript(PROBE);
  let extensionOrigin: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const page of context.pages()) if (page.url().startsWith(extensionOrigin)) await page.close();
  }
  let caller: Page | null = null;
  return {
    context,
    extensionOrigin,
    serve: (url, page) => served.set(url, normalisePage(page)),
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      return page;
    },
    call: async <T>(type: string, data: unknown): Promise<T> => {
      if (!extensionOrigin) throw new Error('no extension in this browser');
      if (!caller || caller.isClosed()) {
        caller = await context.newPage();
        await caller.goto(`${extensionOrigin}src/options/index.html`, { waitUntil: 'domcontentloaded' });
      }
      const reply = await waitFor(
        () => (caller as Page).evaluate(([t, d]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, data: d }), [type, data] as const),
        120_000,
        `a reply to ${type}`,
      );
      const envelope = reply as { ok: boolean; value?: T; error?: string };
      if (!envelope.ok) throw new Error(`${type}: ${envelope.error}`);
      return envelope.value as T;
    },
    heapUsed: async (page) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
