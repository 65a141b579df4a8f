// Markup drift through the real extension: a workroom read well, then the same URL showing a page
// Scope Guard cannot read (Upwork's "We'll be right back" soft block, a shell still loading, the
// workroom with its anchors gone). The banner says "layout not recognised", the popup shows the
// page as not understood, and nothing read earlier is erased.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, type TabHandle, waitFor } from '../../src/dev/harness';
import { bannerState, openUpworkPage, waitForScopeGuard } from '../../src/dev/harness/upwork-tab';
import { BROWSERS } from './browsers';
import { fixture } from './fixtures';

const CONTRACT = '38123456';
const LAYOUT_NOT_RECOGNISED = 'Layout not recognised';

interface Dump {
  contracts: { id: string; title: string; milestones: unknown[]; events: unknown[]; warnings: unknown[] }[];
}

/** The workroom with its data-test and data-qa anchors and its budget labels gone, as after a redesign. */
function withoutAnchors(html: string): string {
  return html.replace(/\sdata-(test|qa)="[^"]*"/g, '').replace(/Budget|Fixed price/g, 'Total');
}

describe.each(BROWSERS)('markup drift in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  const contract = async () => {
    const dump = ((await session.call<Dump>('state.dump', {})).value as Dump).contracts.find((c) => c.id === CONTRACT);
    const exported = JSON.parse((await session.call<{ json: string }>('data.export', {})).value?.json ?? '{}') as {
      contracts: { id: string; contract: unknown }[];
    };
    return { ...dump, contract: exported.contracts.find((c) => c.id === CONTRACT)?.contract };
  };

  it.each([
    ['the soft-block page', () => fixture('soft-block.html').html],
    ['the loading shell', () => fixture('loading-shell.html').html],
    ['the workroom without its anchors', () => withoutAnchors(fixture('workroom-fixed-cards.html').html)],
  ])('%s at a known workroom says "layout not recognised" and erases nothing', async (_name, html) => {
    const good = fixture('workroom-fixed-cards.html');
    const { tab, status } = await openUpworkPage(session, good.url, good.html);
    expect(status).toBe('ready');
    const before = await contract();
    expect(before?.milestones?.length).toBeGreaterThan(0);

    session.serve(good.url, html());
    await tab.goto(good.url);
    expect(await waitForScopeGuard(tab)).toBe('ready');
    const banner = await waitFor(
      async () => {
        const state = await bannerState(tab);
        return state.shown && state.text.includes(LAYOUT_NOT_RECOGNISED) ? state : null;
      },
      20_000,
      'the "layout not recognised" banner',
    ).catch(async (error) => {
      const seen = await tab.evaluate(() => ({
        title: document.title,
        status: (document.querySelector('scope-guard-root') as HTMLElement | null)?.dataset.status,
        hosts: document.querySelectorAll('scope-guard-root').length,
      }));
      throw new Error(`${(error as Error).message}; page: ${JSON.stringify(seen)}; banner: ${JSON.stringify(await bannerState(tab))}`);
    });
    expect(banner.text).toContain(LAYOUT_NOT_RECOGNISED);

    // Nothing established earlier is gone.
    const after = await contract();
    expect(after?.title).toBe(before?.title);
    expect(after?.contract).toEqual(before?.contract);
    expect(after?.milestones).toEqual(before?.milestones);
    expect(after?.events?.length).toBeGreaterThanOrEqual(before?.events?.length ?? 0);
    expect(after?.warnings).toEqual(before?.warnings);

    // The popup says the page was not understood.
    const popup = await session.openExtensionPage('src/popup/index.html');
    const notice = await popup.evaluate(async () => {
      for (let i = 0; i < 100 && !document.querySelector('.notice.problems'); i++) await new Promise((r) => setTimeout(r, 50));
      return [...document.querySelectorAll('.notice.problems')].map((n) => n.textContent ?? '').join(' | ');
    });
    expect(notice).toContain(LAYOUT_NOT_RECOGNISED);
    expect(notice).toContain(`/nx/wm/workroom/${CONTRACT}/overview`);
    const listed = await popup.evaluate(() => [...document.querySelectorAll('li.contract')].map((li) => li.getAttribute('data-contract-id')));
    expect(listed).toContain(CONTRACT);
    await closeAll([popup, tab]);
  });

  it('"Delete all data" forgets the pages not understood too (their URLs name contracts)', async () => {
    const soft = fixture('soft-block.html');
    const { tab } = await openUpworkPage(session, soft.url, soft.html);
    await tab.close();
    const listBefore = await session.call<{ recentPages: unknown[] }>('contracts.list', {});
    expect(listBefore.value?.recentPages.length).toBeGreaterThan(0);
    expect((await session.call('data.delete', { confirm: true })).ok).toBe(true);
    const listAfter = await session.call<{ contracts: unknown[]; recentPages: unknown[] }>('contracts.list', {});
    expect(listAfter.value?.contracts).toEqual([]);
    expect(listAfter.value?.recentPages).toEqual([]);
  });
});

async function closeAll(tabs: TabHandle[]): Promise<void> {
  await Promise.all(tabs.map((t) => t.close()));
}
