import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  type ExtensionSession,
  type LaunchOptions,
  type ServedPage,
  type TabHandle,
  browserExecutable,
  normalisePage,
  route,
  waitFor,
} from './index';

export async function launchChromium(extensionDir: string, profileDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: browserExecutable('chromium'),
    headless: false,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=DialMediaRouteProvider',
    ],
  });
  const served = new Map<string, ServedPage>();
  const records = { stray: [] as string[], upwork: [] as string[] };
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
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}/`;

  // Close the welcome tab the extension opens on install; tests open what they need.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const page of context.pages()) if (page.url().startsWith(extensionOrigin)) await page.close();

  let caller: Page | null = null;
  const wrap = (page: Page): TabHandle => {
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
      return waitFor(
        () =>
          (caller as Page).evaluate(
            ([t, d]) => (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({ type: t, data: d }),
            [type, data] as const,
          ),
        20_000,
        `a reply to ${type}`,
      );
    },
    stopServiceWorker: async () => {
      const page = caller && !caller.isClosed() ? caller : await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: () => context.close(),
  };
  return session;
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<never> } };
export type { BrowserContext };
