// Where the freelancer sees a warning: the popup, the banner on the workroom and in the message
// room, the marker beside the client's message, the toolbar badge; a dismissal in one place is a
// dismissal everywhere; settings switch banners and markers off live; page text stays text.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, type TabHandle, launchExtension, waitFor } from '../../src/dev/harness';
import { openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { type RoomSpec, type WorkroomSpec, roomPage, workroomPage } from '../../src/dev/page-builder';
import { ROOT } from '../../src/dev/build';
import { SCENARIO_ROOM, SCENARIO_WORKROOM, SCREENSHOTS, makeScreenshots, waitForSelector } from '../../src/dev/screenshots';
import { BROWSERS } from './browsers';

const SCENARIO = join(import.meta.dirname, '../fixtures/scenarios/approval-held-for-extra-work');
const CONTRACT = '40100001';
const HOSTILE = '<img src=x onerror=alert(1)>';

interface WarningLite {
  id: string;
  kind: string;
  severity: string;
  quote: string | null;
  messageId?: string;
  advice: { summary: string };
}

/** The warnings Scope Guard holds for a contract, as the popup is told them. */
async function warningsOf(session: ExtensionSession, contractId: string): Promise<WarningLite[]> {
  const reply = await session.call<{ warnings: WarningLite[] } | null>('contract.detail', { contractId });
  expect(reply.ok, reply.error).toBe(true);
  return reply.value?.warnings ?? [];
}

/** waitFor, and on time-out say what the tab showed. */
async function waitShowing(tab: TabHandle, check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  // What matters is the tab the freelancer looks at: Firefox does not always deliver the change
  // signal to a background tab, which catches up when it is shown again.
  await tab.bringToFront();
  await waitFor(check, timeoutMs, what).catch(async (error) => {
    const seen = await tab
      .evaluate(() => {
        const host = document.querySelector('scope-guard-root') as HTMLElement | null;
        const root = host?.shadowRoot;
        const ids = [...(root?.querySelectorAll('section.warning') ?? [])].map((a) => a.getAttribute('data-warning-id'));
        const text = (root?.querySelector('.card')?.textContent ?? document.body.textContent ?? '').replace(/\s+/g, ' ');
        return `status=${host?.dataset.status} shown=${host?.dataset.shown} warnings=${JSON.stringify(ids)} text=${text.slice(0, 300)}`;
      })
      .catch((e) => String(e));
    throw new Error(`${error.message}; the tab showed: ${seen}`);
  });
}

/** Warning ids the banner in `tab` shows. */
const bannerWarningIds = (tab: TabHandle) =>
  tab.evaluate(() =>
    [...(document.querySelector('scope-guard-root')?.shadowRoot?.querySelectorAll('section.warning') ?? [])].map(
      (a) => a.getAttribute('data-warning-id') ?? '',
    ),
  );

/** The badge text for the tab showing `url` (or the global one), read through the extension API. */
function readBadge(page: TabHandle, url: string | null): Promise<string> {
  return page.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const action = api.action ?? api.browserAction;
    const url = ${JSON.stringify(url)};
    if (url === null) return action.getBadgeText({});
    const tabs = await api.tabs.query({ url: 'https://www.upwork.com/*' });
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error('no tab at ' + url + ' among ' + tabs.map((t) => t.url).join(', '));
    return action.getBadgeText({ tabId: tab.id });
  })()`);
}

/** A trusted click (the banner ignores synthetic ones): focus the control, press Enter. */
async function pressInBanner(tab: TabHandle, selector: string): Promise<void> {
  await tab.bringToFront();
  await tab.evaluate((s: string) => {
    const target = document.querySelector('scope-guard-root')?.shadowRoot?.querySelector(s) as HTMLElement | null;
    if (!target) throw new Error(`nothing at ${s} in the banner`);
    target.focus();
  }, selector);
  await tab.press('Enter');
}

async function setSettings(session: ExtensionSession, page: TabHandle, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const stored = (await api.storage.local.get('settings')).settings ?? { version: 1, sensitivity: 'normal', readyMessageLang: 'auto', banners: true, markers: true };
    await api.storage.local.set({ settings: { ...stored, ...${JSON.stringify(patch)} } });
  })()`);
  void session;
}

describe.each(BROWSERS)('surfaces in %s', (browserName) => {
  let session: ExtensionSession;
  let workroom: TabHandle;
  let room: TabHandle;
  let popup: TabHandle;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('greets a new user with an empty state', async () => {
    const page = await session.openExtensionPage('src/popup/index.html');
    await waitShowing(page, () => page.evaluate(() => Boolean(document.querySelector('[data-testid="empty-state"]'))), 'the empty state', 15_000);
    const text = await page.evaluate(() => document.querySelector('[data-testid="empty-state"]')?.textContent ?? '');
    expect(text).toMatch(/No contracts yet/);
    await page.close();
  });

  it('shows the warning on the workroom, in the room, beside the message, in the popup and on the badge', async () => {
    ({ tab: workroom } = await openUpworkPage(session, SCENARIO_WORKROOM, readFileSync(join(SCENARIO, 'workroom.html'), 'utf8')));
    ({ tab: room } = await openUpworkPage(session, SCENARIO_ROOM, readFileSync(join(SCENARIO, 'room.html'), 'utf8')));
    const warnings = await warningsOf(session, CONTRACT);
    const unpaid = warnings.find((w) => w.kind === 'unpaid_scope');
    expect(unpaid?.quote).toContain('online ordering page');

    // The room: banner with the warning, markers inside the messages that asked.
    await waitShowing(room, async () => (await bannerWarningIds(room)).includes(unpaid?.id ?? ''), 'the room banner');
    const markers = await room.evaluate(() =>
      [...document.querySelectorAll('scope-guard-marker')].map((m) => ({
        parent: m.parentElement?.closest('[id]')?.id,
        label: m.shadowRoot?.querySelector('button')?.textContent ?? '',
        tip: m.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? '',
      })),
    );
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) expect(['story_b0003', 'story_b0004']).toContain(marker.parent);
    expect(markers.find((m) => m.parent === 'story_b0003')?.tip).toMatch(/ordering page|approve/);

    // The workroom learns of the room's messages without a reload.
    await waitShowing(workroom, async () => (await bannerWarningIds(workroom)).includes(unpaid?.id ?? ''), `the workroom banner to show ${unpaid?.id}`);

    // The popup: contract first in the list, then its warning with the client's words and advice.
    popup = await session.openExtensionPage('src/popup/index.html');
    await waitForSelector(popup, 'li.contract button', 'the contract list');
    const first = await popup.evaluate(() => document.querySelector('li.contract')?.getAttribute('data-contract-id'));
    expect(first).toBe(CONTRACT);
    await popup.evaluate(() => (document.querySelector('li.contract button') as HTMLElement).click());
    await waitForSelector(popup, 'section.warning[data-kind="unpaid_scope"]', 'the warning in the popup');
    const card = await popup.evaluate(() => {
      const article = document.querySelector('section.warning[data-kind="unpaid_scope"]') as HTMLElement;
      // One card per client message: the quote sits on the card, once, above its warnings.
      const card = article.closest('article.message-card') as HTMLElement;
      return {
        quote: card.querySelector('blockquote')?.textContent ?? '',
        quotes: card.querySelectorAll('blockquote').length,
        kinds: [...card.querySelectorAll('section.warning')].map((w) => w.getAttribute('data-kind')),
        text: article.textContent ?? '',
        links: [...article.querySelectorAll('.sources a')].map((a) => a.getAttribute('href')),
        copy: Boolean(article.querySelector('button.primary')),
      };
    });
    expect(card.quote).toContain(unpaid?.quote as string);
    expect(card.quote).toMatch(/Nov 21, 2026/);
    expect(card.quotes).toBe(1);
    // Every warning the same client message raised is on this card, and only those.
    const sameMessage = warnings.filter((w) => w.messageId === unpaid?.messageId).map((w) => w.kind);
    expect(card.kinds.sort()).toEqual(sameMessage.sort());
    expect(card.text).toContain(unpaid?.advice.summary as string);
    expect(card.links.length).toBeGreaterThan(0);
    expect(card.links.every((href) => href?.startsWith('https://'))).toBe(true);
    expect(card.copy).toBe(true);
    // "Open the workroom" opens the contract's workroom in a tab.
    const workroomTabs = `(async () => ((await (globalThis.browser ?? globalThis.chrome).tabs.query({ url: ${JSON.stringify(SCENARIO_WORKROOM)} })).length))()`;
    const before = await popup.evaluate<number>(workroomTabs);
    await popup.evaluate(() => {
      const article = document.querySelector('section.warning[data-kind="unpaid_scope"]') as HTMLElement;
      const open = [...article.querySelectorAll('.actions > button')].find((b) => b.textContent === 'Open the workroom') as HTMLElement;
      open.click();
    });
    await waitFor(async () => (await popup.evaluate<number>(workroomTabs)) === before + 1, 10_000, 'a workroom tab opened from the popup');
    const picture = await popup.evaluate(() => ({
      svg: Boolean(document.querySelector('svg.timeline [data-request="unpaid"]')),
      summary: document.querySelector('[data-testid="extras-summary"]')?.textContent,
    }));
    expect(picture).toEqual({ svg: true, summary: 'Asked for 1 extra, paid for 0' });

    // The badge: this contract's open warnings (information notes are not counted).
    const open = warnings.filter((w) => w.severity !== 'info').length;
    expect(open).toBeGreaterThan(0);
    await waitFor(async () => (await readBadge(popup, SCENARIO_WORKROOM)) === String(open), 10_000, `badge ${open} on the workroom tab`);
    await waitFor(async () => (await readBadge(popup, SCENARIO_ROOM)) === String(open), 10_000, `badge ${open} on the room tab`).catch(
      async (error) => {
        throw new Error(`${error.message}: it shows "${await readBadge(popup, SCENARIO_ROOM)}"`);
      },
    );
    expect(await readBadge(popup, null)).toBe(String(open));
    if (browserName === 'chromium') {
      // Coloured by the most severe open warning: red for "act now".
      const colour = await popup.evaluate(`(async () => {
        const tabs = await chrome.tabs.query({ url: ${JSON.stringify(SCENARIO_WORKROOM)} });
        return chrome.action.getBadgeBackgroundColor({ tabId: tabs[0].id });
      })()`);
      expect(colour).toEqual([180, 35, 24, 255]);
    }
  });

  it('dismissing in the popup dismisses the banner’s warning, and the other way round', async () => {
    const before = await warningsOf(session, CONTRACT);
    const unpaid = before.find((w) => w.kind === 'unpaid_scope') as WarningLite;
    await popup.evaluate((id: string) => {
      const article = [...document.querySelectorAll('section.warning')].find((a) => a.getAttribute('data-warning-id') === id);
      const button = [...(article?.querySelectorAll('.dismiss-row button') ?? [])][0] as HTMLElement;
      button.click();
    }, unpaid.id);
    await waitFor(async () => !(await warningsOf(session, CONTRACT)).some((w) => w.id === unpaid.id), 10_000, 'the store to record the dismissal');
    await waitShowing(workroom, async () => !(await bannerWarningIds(workroom)).includes(unpaid.id), 'the workroom banner to drop it');
    await waitShowing(room, async () => !(await bannerWarningIds(room)).includes(unpaid.id), 'the room banner to drop it');
    const open = before.filter((w) => w.severity !== 'info' && w.id !== unpaid.id).length;
    await waitFor(async () => (await readBadge(popup, SCENARIO_WORKROOM)) === (open ? String(open) : ''), 10_000, `badge ${open}`);

    // And from the banner (a real key press on its Dismiss button) to the open popup.
    const next = (await bannerWarningIds(workroom))[0] as string;
    expect(next).toBeTruthy();
    // The banner is a one-line strip until opened (its toggle, from the keyboard).
    if (await workroom.evaluate(() => document.querySelector('scope-guard-root')?.shadowRoot?.querySelector('.body')?.hasAttribute('hidden'))) {
      await pressInBanner(workroom, 'button.toggle');
    }
    await pressInBanner(workroom, `section.warning[data-warning-id="${next}"] .dismiss button`);
    await waitFor(async () => !(await warningsOf(session, CONTRACT)).some((w) => w.id === next), 10_000, 'the store to record the banner’s dismissal');
    await waitShowing(
      popup,
      () => popup.evaluate((id: string) => ![...document.querySelectorAll('section.warning')].some((a) => a.getAttribute('data-warning-id') === id), next),
      'the popup to drop the warning dismissed in the banner',
    );
    await waitShowing(room, async () => !(await bannerWarningIds(room)).includes(next), 'the room banner to drop it');
    expect((await warningsOf(session, CONTRACT)).map((w) => w.id)).not.toContain(next);
  });

  it('switches banners and markers off and on live', async () => {
    const shown = (tab: TabHandle) => tab.evaluate(() => (document.querySelector('scope-guard-root') as HTMLElement | null)?.dataset.shown);
    const markerCount = () => room.evaluate(() => document.querySelectorAll('scope-guard-marker').length);
    expect(await shown(room)).toBe('true');
    expect(await markerCount()).toBeGreaterThan(0);
    await setSettings(session, popup, { banners: false, markers: false });
    await waitFor(async () => (await shown(room)) === 'false' && (await markerCount()) === 0, 10_000, 'banner and markers gone');
    await waitFor(async () => (await shown(workroom)) === 'false', 10_000, 'workroom banner gone');
    await setSettings(session, popup, { banners: true, markers: true });
    await waitFor(async () => (await shown(room)) === 'true' && (await markerCount()) > 0, 10_000, 'banner and markers back');
  });

  it('shows a message with markup in it as the characters typed', async () => {
    const contractId = '40900009';
    const spec: WorkroomSpec = {
      contractId,
      title: 'Menu redesign',
      clientName: 'Hostile Tests Inc',
      freelancerName: 'Ana Souza',
      type: 'fixed',
      budget: '$400.00',
      startedOn: 'Nov 3, 2026',
      status: 'Active',
      milestones: [{ title: 'Menu layout', amount: '$400.00', due: 'Dec 1, 2026', status: 'Active & funded' }],
    };
    const roomSpec: RoomSpec = {
      roomId: 'room_xss0001',
      contractId,
      otherParty: 'Mallory',
      subtitle: 'Hostile Tests Inc · Menu redesign',
      freelancerName: 'Ana Souza',
      stories: [
        {
          kind: 'message',
          id: 'story_x0001',
          at: 'November 22, 2026 at 11:00 AM',
          author: 'Mallory',
          text: `Please also add a booking page ${HOSTILE} to the site before I approve.`,
        },
      ],
    };
    await openUpworkPage(session, `https://www.upwork.com/nx/wm/workroom/${contractId}/overview`, workroomPage(spec));
    const { tab } = await openUpworkPage(session, `https://www.upwork.com/ab/messages/rooms/${roomSpec.roomId}?sidebar=true`, roomPage(roomSpec));
    await waitForSelector(tab, 'section.warning', 'a warning in the banner');
    const banner = await tab.evaluate(() => {
      const root = document.querySelector('scope-guard-root')?.shadowRoot;
      return { quote: root?.querySelector('blockquote')?.textContent ?? '', images: root?.querySelectorAll('img').length ?? -1 };
    });
    expect(banner.quote).toContain(HOSTILE);
    expect(banner.images).toBe(0);
    expect(tab.dialogs).toEqual([]);

    const page = await session.openExtensionPage('src/popup/index.html');
    await waitForSelector(page, `li.contract[data-contract-id="${contractId}"] button`, 'the contract');
    await page.evaluate((id: string) => (document.querySelector(`li.contract[data-contract-id="${id}"] button`) as HTMLElement).click(), contractId);
    await waitForSelector(page, 'article.message-card blockquote', 'the quote in the popup');
    const shown = await page.evaluate(() => ({
      quote: document.querySelector('article.message-card blockquote')?.textContent ?? '',
      images: document.querySelectorAll('main img').length,
    }));
    expect(shown.quote).toContain(HOSTILE);
    expect(shown.images).toBe(0);
    await page.close();
    await tab.close();
  });
});

describe('documentation screenshots', () => {
  it('are taken from the built extension in Chromium', async () => {
    const dir = join(ROOT, 'docs');
    const written = await makeScreenshots(dir);
    expect(written.sort()).toEqual([...SCREENSHOTS].sort());
    for (const name of SCREENSHOTS) {
      const path = join(dir, name);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(path).size).toBeGreaterThan(10_000);
    }
  });
});
