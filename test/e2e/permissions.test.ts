// Access to www.upwork.com withheld or revoked: Firefox lets the user remove an MV3 extension's
// host permission (here through browser.permissions.remove from an extension page), Chrome lets
// them set site access to "on click" (here through chrome://extensions' own API). Scope Guard then
// sees no Upwork page; the popup explains it and offers to ask again, and nothing errs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, type TabHandle, waitFor } from '../../src/dev/harness';
import { openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { BROWSERS } from './browsers';
import { fixture } from './fixtures';

const ORIGINS = { origins: ['https://www.upwork.com/*'] };

type PermissionsApi = {
  permissions: { contains(p: object): Promise<boolean>; remove(p: object): Promise<boolean> };
};

async function hasHostAccess(page: TabHandle): Promise<boolean> {
  return page.evaluate((origins: object) => {
    const api = (globalThis as unknown as { browser?: PermissionsApi; chrome?: PermissionsApi });
    return (api.browser ?? api.chrome)?.permissions.contains(origins) as Promise<boolean>;
  }, ORIGINS);
}

async function withholdHostAccess(session: ExtensionSession): Promise<void> {
  if (session.browserName === 'firefox') {
    const page = await session.openExtensionPage('src/options/index.html');
    const removed = await page.evaluate(
      (origins: object) => (globalThis as unknown as { browser: PermissionsApi }).browser.permissions.remove(origins),
      ORIGINS,
    );
    expect(removed).toBe(true);
    await page.close();
    return;
  }
  // Chrome will not let an extension remove a required host permission; the user withholds it.
  const settings = await session.newTab();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    (id: string) =>
      new Promise((resolve) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateExtensionConfiguration(c: object, done: () => void): void } };
          }
        ).chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }, () => resolve(null)),
      ),
    session.extensionId,
  );
  await settings.close();
}

describe.each(BROWSERS)('host access withheld in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('with access the popup shows no access notice', async () => {
    const page = fixture('workroom-fixed-cards.html');
    const { tab, status } = await openUpworkPage(session, page.url, page.html);
    expect(status).toBe('ready');
    const popup = await session.openExtensionPage('src/popup/index.html');
    expect(await hasHostAccess(popup)).toBe(true);
    await waitFor(
      () => popup.evaluate(() => document.querySelector('li.contract[data-contract-id="38123456"]') !== null || null),
      10_000,
      'the contract listed',
    );
    expect(await popup.evaluate(() => document.querySelector('[data-testid="host-access"]') === null)).toBe(true);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('without access the popup explains it and offers the Allow button; pages are left alone; nothing errs', async () => {
    await withholdHostAccess(session);

    const popup = await session.openExtensionPage('src/popup/index.html');
    expect(await hasHostAccess(popup)).toBe(false);
    const notice = await waitFor(
      () =>
        popup.evaluate(() => {
          const box = document.querySelector('[data-testid="host-access"]');
          if (!box) return null;
          return { text: box.querySelector('p')?.textContent ?? '', button: box.querySelector('button')?.textContent ?? '' };
        }),
      10_000,
      'the host access notice',
    );
    expect(notice.text).toMatch(/upwork/i);
    expect(notice.button).toMatch(/\S/);
    // What was recorded before is still listed (the list loads from the worker apart from the notice).
    const listed = await waitFor(
      () =>
        popup.evaluate(() => {
          const ids = [...document.querySelectorAll('li.contract')].map((li) => li.getAttribute('data-contract-id'));
          return ids.length > 0 ? ids : null;
        }),
      10_000,
      'the contracts list',
    ).catch(async (error: Error) => {
      // Say what the popup showed instead.
      throw new Error(`${error.message}; the popup read: ${await popup.evaluate(() => document.body.innerText)}`);
    });
    expect(listed).toContain('38123456');

    // Upwork pages are not touched any more.
    const page = fixture('workroom-fixed-cards.html');
    session.serve(page.url, page.html);
    const tab = await session.newTab();
    await tab.goto(page.url);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await tab.evaluate(() => document.querySelectorAll('scope-guard-root').length)).toBe(0);

    expect(popup.consoleErrors).toEqual([]);
    expect(tab.consoleErrors.filter((e) => /Scope Guard/.test(e))).toEqual([]);
    await Promise.all([popup.close(), tab.close()]);
  });
});
