// The first path through all three contexts: the content script reads an Upwork page, the
// background records it, the popup lists it; and the background refuses what it must refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from '../../src/dev/harness';
import { bannerState, openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { BROWSERS } from './browsers';
import { fixture } from './fixtures';

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a workroom, records it, and lists it in the popup', async () => {
    const page = fixture('workroom-fixed-cards.html');
    const { tab, status } = await openUpworkPage(session, page.url, page.html);
    expect(status).toBe('ready');
    const list = await session.call<{ contracts: { id: string; title: string }[] }>('contracts.list', {});
    expect(list.ok).toBe(true);
    expect(list.value?.contracts.map((c) => c.id)).toEqual(['38123456']);

    const popup = await session.openExtensionPage('src/popup/index.html');
    const items = await popup.evaluate(async () => {
      for (let i = 0; i < 100 && !document.querySelector('li.contract'); i++) await new Promise((r) => setTimeout(r, 50));
      return [...document.querySelectorAll('li.contract')].map((li) => li.getAttribute('data-contract-id'));
    });
    expect(items).toEqual(['38123456']);
    await popup.close();
    await tab.close();
  });

  it('ignores pages that are not contract pages', async () => {
    const page = fixture('unknown-find-work.html');
    const { tab, status } = await openUpworkPage(session, page.url, page.html);
    expect(status).toBe('ignored');
    expect((await bannerState(tab)).shown).toBe(false);
    await tab.close();
  });

  it('rejects malformed and unknown messages with a clear error and changes nothing', async () => {
    const before = await session.call('data.export', {});
    const cases: [string, unknown][] = [
      ['page.reading', { url: 'https://www.upwork.com/nx/wm/workroom/1/overview', reading: { kind: 'workroom', contractId: 7 } }],
      ['no.such.type', {}],
      ['contract.setBaseline', { contractId: '38123456', text: 42 }],
      ['data.delete', { confirm: 'yes' }],
      ['data.import', { json: '{"format":"scope-guard-export","version":1,"contracts":[{"id":{"__proto__":1}}]}' }],
    ];
    for (const [type, data] of cases) {
      const reply = await session.call(type, data);
      expect(reply.ok, type).toBe(false);
      expect(reply.error, type).toMatch(/\S/);
    }
    const after = await session.call<{ json: string }>('data.export', {});
    const strip = (json: string) => JSON.parse(json).contracts;
    expect(strip(after.value?.json ?? '')).toEqual(strip((before.value as { json: string }).json));
  });

  it('sends no request anywhere', () => {
    // The saved pages carry Upwork's own tracking scripts, which the harness blocks; any other
    // request would be the extension's.
    const pages = ['workroom-fixed-cards.html', 'unknown-find-work.html'].map(fixture);
    const referenced = (url: string) =>
      url === 'https://www.upwork.com/favicon.ico' || // the browser's own request for the tab icon
      pages.some((p) => p.url === url || p.html.includes(url) || p.html.includes(url.replace('https://www.upwork.com', '')));
    expect(session.strayRequests.filter((u) => !referenced(u))).toEqual([]);
    // From Upwork: only the pages the tests opened and what those pages load themselves.
    expect(session.upworkRequests.filter((u) => !referenced(u))).toEqual([]);
  });
});
