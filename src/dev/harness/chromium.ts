import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  type ExtensionSession,
  type LaunchOptions,
  type ServedPage,
  type TabHandle,
  browserEnv,
  browserExecutable,
  normalisePage,
  route,
  suspendEveryMessage,
  waitFor,
} from './index';

/** Debian's Chromium, quiet on a machine with no network, with the built extension (or none). */
export function chromiumArgs(extensionDir: string | null, headed = false): string[] {
  return [
    ...(headed ? [] : ['--headless=new']),
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DialMediaRouteProvider',
  ];
}

/** Serves `served` pages at Upwork's URLs and blocks every other request (see `route`). */
export async function serveUpwork(
  context: BrowserContext,
  served: Map<string, ServedPage>,
  records: { stray: string[]; upwork: string[] },
): Promise<void> {
  await context.route('**/*', async (r) => {
    const decision = route(served, r.request().url(), records);
    if (decision.kind === 'continue') return r.continue();
    if (decision.kind === 'abort') return r.abort();
    return r.fulfill({
      status: decision.page.status ?? 200,
      contentType: decision.page.contentType ?? 'text/html; charset=utf-8',
      body: decision.page.body,
    });
  });
}

/** Marks each time Scope Guard's host element reports on a page: a reply reached the content script. */
const REPLY_BINDING = '__scopeGuardHarnessReplied';

export async function launchChromium(extensionDir: string, profileDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: browserExecutable('chromium'),
    headless: false,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    env: browserEnv(options),
    ...(options.timeZone ? { timezoneId: options.timeZone } : {}),
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extensionDir, options.headed === true),
  });
  const served = new Map<string, ServedPage>();
  const records = { stray: [] as string[], upwork: [] as string[] };
  await serveUpwork(context, served, records);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 90_000 })); // slow to start on a loaded 2-core machine
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}/`;

  // Close the welcome tab the extension opens on install; tests open what they need.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const page of context.pages()) if (page.url().startsWith(extensionOrigin)) await page.close();

  // One blank tab holds the DevTools session that stops the worker and overrides quotas.
  let control: { page: Page; cdp: CDPSession } | null = null;
  const cdp = async (): Promise<CDPSession> => {
    if (!control || control.page.isClosed()) {
      const page = await context.newPage();
      control = { page, cdp: await context.newCDPSession(page) };
      await control.cdp.send('ServiceWorker.enable');
    }
    return control.cdp;
  };
  let stops = 0;
  let stopping: Promise<void> = Promise.resolve();
  const stopServiceWorker = () => {
    // Serialised, so a reply seen while a stop is under way gets a stop of its own after it.
    stopping = stopping.then(async () => {
      await (await cdp()).send('ServiceWorker.stopAllWorkers');
      stops++;
    });
    return stopping;
  };
  const suspend = suspendEveryMessage(options);
  if (suspend) {
    await context.exposeBinding(REPLY_BINDING, () => stopServiceWorker());
    await context.addInitScript((binding: string) => {
      new MutationObserver((records) => {
        for (const record of records) {
          const status = (record.target as Element).getAttribute?.('data-status');
          if ((record.target as Element).localName === 'scope-guard-root' && (status === 'ready' || status === 'error')) {
            void (globalThis as unknown as Record<string, () => Promise<void>>)[binding]?.();
          }
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
    }, REPLY_BINDING);
  }

  let caller: Page | null = null;
  const downloads: Promise<{ filename: string; text: string }>[] = [];
  const wrap = (page: Page): TabHandle => {
    page.on('download', (download) => {
      downloads.push(
        download.path().then((path) => ({ filename: download.suggestedFilename(), text: readFileSync(path, 'utf8') })),
      );
    });
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`);
    });
    return {
    dialogs,
    consoleErrors,
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    evaluate: (fn, ...args) =>
      typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn as (arg: unknown) => never, args.length <= 1 ? args[0] : args),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  };

  const session: ExtensionSession = {
    browserName: 'chromium',
    extensionId,
    extensionOrigin,
    strayRequests: records.stray,
    upworkRequests: records.upwork,
    serve: (url, page) => served.set(url, normalisePage(page)),
    newTab: async () => wrap(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(extensionOrigin + path, { waitUntil: 'domcontentloaded' });
      return wrap(page);
    },
    call: async (type, data) => {
      if (!caller || caller.isClosed()) {
        caller = await context.newPage();
        await caller.goto(`${extensionOrigin}src/options/index.html`, { waitUntil: 'domcontentloaded' });
      }
      const reply = await waitFor(
        () =>
          (caller as Page).evaluate(
            ([t, d]) => (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({ type: t, data: d }),
            [type, data] as const,
          ),
        20_000,
        `a reply to ${type}`,
      );
      if (suspend) await stopServiceWorker();
      return reply;
    },
    stopServiceWorker,
    workerStops: () => stops,
    cdp: async (method, params) => (await cdp()).send(method as 'Storage.overrideQuotaForOrigin', params as never),
    downloads: () => Promise.all(downloads),
    close: () => context.close(),
  };
  return session;
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<never> } };
export type { BrowserContext };
