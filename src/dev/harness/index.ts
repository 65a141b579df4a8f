// Runs the built extension in a real browser with saved pages served at Upwork's real URLs: Debian's
// Chromium through playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi. Nothing
// reaches the network: Upwork URLs are answered from `serve()`d pages (404 otherwise), everything
// else is aborted and recorded.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../build';

export type BrowserName = 'chromium' | 'firefox';

export interface ServedPage {
  body: string;
  status?: number;
  contentType?: string;
}

export interface TabHandle {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string | ((...args: never[]) => T), ...args: unknown[]): Promise<T>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** A real key press (trusted events), in this tab: bring it to the front first. */
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Messages of the dialogs (alert, confirm, prompt) the tab opened; each is dismissed. */
  readonly dialogs: string[];
  /** Uncaught errors and console errors/warnings of the tab, page and content scripts alike. */
  readonly consoleErrors: string[];
}

export interface ExtensionSession {
  readonly browserName: BrowserName;
  readonly extensionId: string;
  /** Origin of the extension's pages, e.g. `chrome-extension://<id>/`. */
  readonly extensionOrigin: string;
  /** Requests the pages tried to send anywhere but served Upwork URLs. */
  readonly strayRequests: string[];
  /** Every request to www.upwork.com seen, served or not. */
  readonly upworkRequests: string[];
  serve(url: string, page: ServedPage | string): void;
  newTab(): Promise<TabHandle>;
  /** Opens one of the extension's own pages (e.g. `src/popup/index.html`). */
  openExtensionPage(path: string): Promise<TabHandle>;
  /** Sends a protocol message from an extension page, as the popup would. */
  call<T = unknown>(type: string, data: unknown): Promise<{ ok: boolean; value?: T; error?: string }>;
  /** Chromium only: stop the extension's service worker, as Chrome does after 30 s idle. */
  stopServiceWorker(): Promise<void>;
  /** How many times the harness stopped the service worker (asked for, or in suspend mode). */
  readonly workerStops: () => number;
  /** Chromium only: a Chrome DevTools Protocol command at browser level (quota overrides, say). */
  cdp(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Files the browser downloaded so far (a blob link clicked in a page or an extension page). */
  downloads(): Promise<{ filename: string; text: string }[]>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (for restart tests); a fresh temporary one by default. */
  profileDir?: string;
  /** Keep the profile directory on close. */
  keepProfile?: boolean;
  /** Headed window (the demo with a display). */
  headed?: boolean;
  /** Firefox: background idle timeout in seconds (Firefox's own default: 30). */
  firefoxIdleTimeoutSeconds?: number;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /**
   * Chromium: stop the service worker after every protocol reply the harness can see (each
   * `call()`, and each time Scope Guard's banner reports on a page), so that the next message
   * meets a worker started cold. Default: the environment variable
   * SCOPE_GUARD_SUSPEND_EVERY_MESSAGE=1.
   */
  suspendEveryMessage?: boolean;
  /**
   * IANA time zone of the whole browser (pages, service worker, event page), e.g. "Asia/Tokyo",
   * for deterministic local times; the machine's zone by default. Set through TZ.
   */
  timeZone?: string;
  /** Firefox: extra preferences (e.g. permanent private browsing for a storage test). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/** The browser process's environment: this one, with TZ set when a time zone is asked for. */
export function browserEnv(options: LaunchOptions): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return options.timeZone ? { ...env, TZ: options.timeZone } : env;
}

export function suspendEveryMessage(options: LaunchOptions): boolean {
  return options.suspendEveryMessage ?? process.env.SCOPE_GUARD_SUSPEND_EVERY_MESSAGE === '1';
}

export const CHROMIUM_PATH = process.env.SCOPE_GUARD_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.SCOPE_GUARD_FIREFOX ?? '/usr/bin/firefox-esr';

export function browserExecutable(name: BrowserName): string {
  const path = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(path)) {
    throw new Error(`${name} not found at ${path}: install it (apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'})`);
  }
  return path;
}

/** The build under test: SCOPE_GUARD_DIST (a copy of dist/ that no rebuild can swap mid-run), else dist/. */
export function testedBuild(target: 'chrome' | 'firefox'): string {
  return process.env.SCOPE_GUARD_DIST ? join(process.env.SCOPE_GUARD_DIST, target) : distDir(target);
}

export async function launchExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const target = name === 'chromium' ? 'chrome' : 'firefox';
  const dir = testedBuild(target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run npm run build`);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), `scope-guard-${name}-`));
  const cleanup = () => {
    if (!options.keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
  };
  const { launchChromium } = await import('./chromium');
  const { launchFirefox } = await import('./firefox');
  const session = name === 'chromium' ? await launchChromium(dir, profileDir, options) : await launchFirefox(dir, profileDir, options);
  const close = session.close.bind(session);
  session.close = async () => {
    await close();
    cleanup();
  };
  return session;
}

/** Shared routing decision for both browsers. */
export function route(
  served: Map<string, ServedPage>,
  url: string,
  records: { stray: string[]; upwork: string[] },
): { kind: 'fulfil'; page: ServedPage } | { kind: 'abort' } | { kind: 'continue' } {
  if (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') {
    return { kind: 'continue' };
  }
  if (url.startsWith('https://www.upwork.com/')) {
    records.upwork.push(url);
    const page = served.get(url) ?? served.get(url.split('#')[0] as string);
    return { kind: 'fulfil', page: page ?? { body: 'Not served by the test harness', status: 404, contentType: 'text/plain' } };
  }
  records.stray.push(url);
  return { kind: 'abort' };
}

export function normalisePage(page: ServedPage | string): ServedPage {
  return typeof page === 'string' ? { body: page, status: 200, contentType: 'text/html; charset=utf-8' } : page;
}

/** Polls `check` until it returns a truthy value, or throws after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
