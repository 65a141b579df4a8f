import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import {
  type ExtensionSession,
  type LaunchOptions,
  type ServedPage,
  type TabHandle,
  browserEnv,
  browserExecutable,
  normalisePage,
  route,
  waitFor,
} from './index';

/** The gecko id in manifest.json, and the UUID the harness gives its moz-extension:// origin. */
export const GECKO_ID = 'scope-guard@scopeguard.dev';
export const FIXED_UUID = '3d1c5f0e-7a52-4b8e-9f21-5c0de5c0de01';

export async function launchFirefox(extensionDir: string, profileDir: string, options: LaunchOptions): Promise<ExtensionSession> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: !options.headed,
    env: browserEnv(options),
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'intl.locale.requested': options.locale ?? 'en-US',
      // In milliseconds (Firefox's default is 30000). The option is in seconds.
      'extensions.background.idle.timeout': (options.firefoxIdleTimeoutSeconds ?? 30) * 1000,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // The extension is installed as a temporary add-on on every launch, and Firefox gives each
      // install a new random moz-extension:// UUID: its IndexedDB and storage.local hang off that
      // origin. A fixed UUID keeps the origin (and so the data) across restarts of one profile.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // Downloads are saved, unasked, into the profile's own folder, where downloads() reads them.
      'browser.download.dir': join(profileDir, 'downloads'),
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...options.firefoxPrefs,
    },
  });
  const served = new Map<string, ServedPage>();
  const records = { stray: [] as string[], upwork: [] as string[] };
  const intercept = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const decision = route(served, request.url(), records);
      if (decision.kind === 'continue') return void request.continue();
      if (decision.kind === 'abort') return void request.abort();
      return void request.respond({
        status: decision.page.status ?? 200,
        contentType: decision.page.contentType ?? 'text/html; charset=utf-8',
        body: decision.page.body,
      });
    });
  };

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }

  // WebDriver BiDi will not navigate a tab to a moz-extension:// URL, but the welcome page that
  // the extension opens on install is one of its own pages: find it, and drive the rest from it.
  const findExtensionPage = async (): Promise<{ page: Page; origin: string }> =>
    waitFor(
      async () => {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith("moz-extension://")) return { page, origin: `${href.split("/").slice(0, 3).join("/")}/` };
        }
        return null;
      },
      20_000,
      'the extension’s welcome page',
    );
  const { page: home, origin: extensionOrigin } = await findExtensionPage();

  const wrap = (page: Page): TabHandle => {
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') consoleErrors.push(`${message.type()}: ${message.text()}`);
    });
    return {
    dialogs,
    consoleErrors,
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    evaluate: (fn, ...args) =>
      typeof fn === 'string' ? (page.evaluate(fn) as Promise<never>) : page.evaluate(fn as (arg: unknown) => never, args.length <= 1 ? args[0] : args),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key as never),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  };

  const session: ExtensionSession = {
    browserName: 'firefox',
    extensionId,
    extensionOrigin,
    strayRequests: records.stray,
    upworkRequests: records.upwork,
    serve: (url, page) => served.set(url, normalisePage(page)),
    newTab: async () => {
      const page = await browser.newPage();
      await intercept(page);
      await page.setViewport({ width: 1280, height: 900 });
      return wrap(page);
    },
    openExtensionPage: async (path) => {
      // Open a new tab from an extension page (window.open from moz-extension:// is its own page).
      const before = new Set(await browser.pages());
      // A tab the extension opens itself is reachable, where a navigation by WebDriver BiDi is not.
      await home.evaluate(
        (url) => (globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }).browser.tabs.create({ url }),
        extensionOrigin + path,
      );
      const page = await waitFor(
        async () => {
          for (const candidate of await browser.pages()) {
            if (before.has(candidate)) continue;
            const href = await candidate.evaluate(() => location.href).catch(() => '');
            if (href.startsWith(extensionOrigin + path.split('#')[0])) return candidate;
          }
          return null;
        },
        20_000,
        `extension page ${path}`,
      );
      await page.setViewport({ width: 1280, height: 900 });
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrap(page);
    },
    call: async <T>(type: string, data: unknown) =>
      waitFor<{ ok: boolean; value?: T; error?: string }>(
        () =>
          home.evaluate<[string, unknown], (t: string, d: unknown) => Promise<{ ok: boolean; value?: T; error?: string }>>(
            (t, d) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<never> } } }).browser.runtime.sendMessage({ type: t, data: d }),
            type,
            data,
          ),
        20_000,
        `a reply to ${type}`,
      ),
    stopServiceWorker: async () => {
      throw new Error('Stopping the background on demand is a Chromium (CDP) feature; Firefox tests use a short idle timeout');
    },
    workerStops: () => 0,
    cdp: async () => {
      throw new Error('DevTools Protocol commands are a Chromium feature');
    },
    downloads: async () => {
      const dir = join(profileDir, 'downloads');
      if (!existsSync(dir)) return [];
      // While Firefox writes a download, its name is there empty beside "<name>.part": not yet.
      const names = readdirSync(dir);
      return names
        .filter((name) => !name.endsWith('.part') && !names.includes(`${name}.part`) && statSync(join(dir, name)).size > 0)
        .map((filename) => ({ filename, text: readFileSync(join(dir, filename), 'utf8') }));
    },
    close: () => browser.close(),
  };
  return session;
}
