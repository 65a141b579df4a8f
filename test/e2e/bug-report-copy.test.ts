// "Save this page for a bug report" where Scope Guard says a page's layout was not recognised: in
// the banner (a real key press on its button) and in the popup (which asks the page's content
// script for the copy). The saved file keeps the page's structure and none of the names, titles
// and amounts the page showed; no request goes anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, waitFor } from '../../src/dev/harness';
import { bannerState, openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { BROWSERS } from './browsers';
import { fixture } from './fixtures';

/** The workroom after a redesign: its data-test and data-qa anchors and budget labels gone. */
const unrecognised = () => {
  const page = fixture('workroom-fixed-cards.html');
  return { url: page.url, html: page.html.replace(/\sdata-(test|qa)="[^"]*"/g, '').replace(/Budget|Fixed price/g, 'Total') };
};

/** What the page shows that must not reach the file: names, titles, amounts. */
const SECRETS = ['Shopify store redesign', 'Northwind', 'Wireframes and style guide', 'Homepage and collection pages', 'Launch and handover', '$2,400.00', '$400.00', '$800.00', '2,400', '38123456'];

function expectSanitized(file: { filename: string; text: string }): void {
  // Firefox numbers a second file of the same name: "….html", "…(1).html".
  expect(file.filename).toMatch(/^scope-guard-page-\d{4}-\d{2}-\d{2}(\(\d+\))?\.html$/);
  expect(file.text).toMatch(/^<!DOCTYPE html>\n<!-- Saved by Scope Guard for a bug report/);
  expect(file.text).toContain('<main');
  for (const secret of SECRETS) expect(file.text, secret).not.toContain(secret);
  expect(file.text).not.toMatch(/<script|scope-guard-root/);
}

describe.each(BROWSERS)('a copy of a page not recognised, in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is saved from the banner and from the popup, with no original names or amounts', async () => {
    const page = unrecognised();
    const { tab } = await openUpworkPage(session, page.url, page.html);
    const original = await tab.evaluate(() => document.body.textContent ?? '');
    expect(original).toContain('Northwind'); // the page itself shows them
    await waitFor(async () => (await bannerState(tab)).text.includes('Layout not recognised'), 20_000, 'the "layout not recognised" banner');
    const banner = await bannerState(tab);
    expect(banner.text).toContain('Save this page for a bug report');
    expect(banner.text).toContain('nothing is sent anywhere');
    // The banner sits in the page's flow at the top of the main content, not fixed over it.
    const placement = await tab.evaluate(() => {
      const host = document.querySelector('scope-guard-root') as HTMLElement;
      return { parent: host.parentElement?.localName, position: getComputedStyle(host).position };
    });
    expect(placement).toEqual({ parent: 'main', position: 'static' });

    // Nothing the saving does sends a request (the page's own scripts may have tried before).
    const strayBefore = session.strayRequests.length;
    // A real key press on the banner's button (it ignores synthetic clicks).
    await tab.bringToFront();
    await tab.evaluate(() => (document.querySelector('scope-guard-root')?.shadowRoot?.querySelector('button.save') as HTMLElement | null)?.focus());
    await tab.press('Enter');
    const fromBanner = await waitFor(async () => (await session.downloads())[0] ?? null, 20_000, 'the file saved from the banner');
    expectSanitized(fromBanner);

    // The popup lists the page as not understood and saves the same kind of copy from the tab.
    const popup = await session.openExtensionPage('src/popup/index.html');
    await waitFor(() => popup.evaluate(() => Boolean(document.querySelector('.notice.problems .save-copy button'))), 20_000, 'the popup’s save button');
    expect(await popup.evaluate(() => document.querySelector('.notice.problems .save-copy')?.textContent ?? '')).toContain('nothing is sent anywhere');
    await popup.evaluate(() => (document.querySelector('.notice.problems .save-copy button') as HTMLElement | null)?.focus());
    await popup.press('Enter');
    const fromPopup = await waitFor(async () => {
      const all = await session.downloads();
      // Chromium keeps the name given, Firefox numbers the second: the new file is the other one.
      return all.length < 2 ? null : (all.find((file) => file.filename !== fromBanner.filename || file.text !== fromBanner.text) ?? null);
    }, 20_000, 'the file saved from the popup').catch(async (error) => {
      const status = await popup.evaluate(() => document.querySelector('.save-copy [role="status"]')?.textContent ?? '');
      throw new Error(`${(error as Error).message}; the popup said: ${status}`);
    });
    expectSanitized(fromPopup);
    // A new secret for each copy: the same page, different stand-ins.
    expect(fromPopup.text).not.toBe(fromBanner.text);
    expect(session.strayRequests.slice(strayBefore)).toEqual([]);
    expect(tab.consoleErrors.filter((e) => /scope guard|extension/i.test(e))).toEqual([]);
    await popup.close();
    await tab.close();
  });
});
