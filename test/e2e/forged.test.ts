// Forged messages through the real extension. A script on an Upwork page cannot reach the
// background, and its window messages, DOM events and synthetic clicks change nothing; in
// particular the `scope-guard:takeover` event (how a copy of the content script from before an
// update is told to stop) does not silence a working copy. Extension pages get malformed payloads
// refused with a reason and no change. (Senders of every tier, another tab's contract and every bad
// payload are covered by the router's unit tests, src/protocol/router.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, type TabHandle, waitFor } from '../../src/dev/harness';
import { bannerState, openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { type RoomSpec, type WorkroomSpec, roomPage, workroomPage } from '../../src/dev/page-builder';
import { BROWSERS } from './browsers';

const FREELANCER = 'Ana Souza';
const workroom: WorkroomSpec = {
  contractId: '42000002',
  title: 'Bakery website',
  clientName: 'Crumb & Co',
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$900.00',
  startedOn: 'Nov 2, 2026',
  status: 'Active',
  milestones: [
    { title: 'Design mockups', amount: '$300.00', due: 'Nov 10, 2026', status: 'Paid', statusDate: 'Nov 12, 2026' },
    { title: 'Build the site', amount: '$600.00', due: 'Nov 30, 2026', status: 'Submitted for review', statusDate: 'Nov 20, 2026' },
  ],
};
const room: RoomSpec = {
  roomId: 'room_f0r9ed',
  contractId: workroom.contractId,
  otherParty: 'Jamie Crumb',
  subtitle: 'Crumb & Co · Bakery website',
  freelancerName: FREELANCER,
  stories: [
    {
      kind: 'message',
      id: 'story_f1',
      at: 'November 21, 2026 at 10:12 AM',
      author: 'Jamie Crumb',
      text: 'Before I approve it, please also add an online ordering page with our full menu.',
    },
  ],
};
const WORKROOM_URL = `https://www.upwork.com/nx/wm/workroom/${workroom.contractId}/overview`;
const ROOM_URL = `https://www.upwork.com/ab/messages/rooms/${room.roomId}`;

interface Dump {
  contracts: { id: string; title: string; milestones: { title: string }[]; warnings: { kind: string; id: string }[]; events: unknown[] }[];
}

/** Everything a forging page script might try, run in the page's own world. */
async function forgeFromPage(tab: TabHandle, extensionId: string): Promise<{ reach: string }> {
  return tab.evaluate(async (id: string) => {
    const forgedReading = {
      kind: 'workroom',
      contractId: '99999999',
      roomId: null,
      contract: { id: '99999999', title: 'FORGED', clientName: 'x', type: 'fixed', budget: 1, currency: 'USD', startedOn: null, status: null },
      milestones: [],
      messages: [],
      problems: [],
    };
    const messages = [
      { type: 'page.reading', data: { url: location.href, reading: forgedReading } },
      { type: 'data.delete', data: { confirm: true } },
      { type: 'warning.dismiss', data: { contractId: '42000002', warningId: 'x', reason: 'agreed' } },
      { source: 'scope-guard', type: 'takeover' },
    ];
    for (const message of messages) {
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      document.dispatchEvent(new CustomEvent('scope-guard:message', { detail: message }));
      window.dispatchEvent(new CustomEvent(String(message.type), { detail: message }));
    }
    // The hand-over signal of an updated content script, from the page.
    document.dispatchEvent(new CustomEvent('scope-guard:takeover'));
    window.dispatchEvent(new CustomEvent('scope-guard:takeover'));
    // Synthetic clicks on every button of the banner (isTrusted is false for them).
    const host = document.querySelector('scope-guard-root');
    for (const button of host?.shadowRoot?.querySelectorAll('button') ?? []) (button as HTMLButtonElement).click();
    // And the extension's messaging itself, were it exposed to the page.
    const api = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: { runtime?: { sendMessage?: unknown } } });
    const send = api.chrome?.runtime?.sendMessage ?? api.browser?.runtime?.sendMessage;
    let reach = 'no messaging API in the page';
    if (typeof send === 'function') {
      try {
        const reply = await Promise.race([
          (send as (id: string, m: unknown) => Promise<unknown>)(id, { type: 'data.delete', data: { confirm: true } }),
          new Promise((resolve) => setTimeout(() => resolve('no reply'), 2000)),
        ]);
        reach = `replied: ${JSON.stringify(reply)}`;
      } catch (error) {
        reach = `refused: ${String(error)}`;
      }
    }
    return { reach };
  }, extensionId);
}

describe.each(BROWSERS)('forged messages in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a page script cannot reach the background, forge a reading, dismiss a warning or silence Scope Guard', async () => {
    const first = await openUpworkPage(session, WORKROOM_URL, workroomPage(workroom));
    expect(first.status).toBe('ready');
    const { tab, status } = await openUpworkPage(session, ROOM_URL, roomPage(room));
    expect(status).toBe('ready');
    await waitFor(async () => (await bannerState(tab)).shown, 20_000, 'the banner');
    const before = (await session.call<Dump>('state.dump', {})).value as Dump;
    expect(before.contracts.find((c) => c.id === workroom.contractId)?.warnings.length).toBeGreaterThan(0);

    const result = await forgeFromPage(tab, session.extensionId);
    // No messaging API in the page at all, or one that refuses: never a reply from Scope Guard.
    expect(result.reach).not.toMatch(/^replied: (?!"no reply")/);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const after = (await session.call<Dump>('state.dump', {})).value as Dump;
    expect(after).toEqual(before);
    expect(after.contracts.map((c) => c.id)).not.toContain('99999999');
    // Still on the page, still working: the banner is there, and a real change is still read.
    expect((await bannerState(tab)).shown).toBe(true);
    expect(await tab.evaluate(() => (document.querySelector('scope-guard-root') as HTMLElement | null)?.dataset.status)).toBe('ready');

    const again = await forgeFromPage(first.tab, session.extensionId);
    expect(again.reach).not.toMatch(/^replied: (?!"no reply")/);
    await first.tab.evaluate(() => {
      const item = document.querySelector('[data-test="milestone-item"]')?.cloneNode(true) as HTMLElement;
      (item.querySelector('[data-test="milestone-title"]') as HTMLElement).textContent = 'Online ordering page';
      document.querySelector('[data-test="milestone-list"]')?.append(item);
    });
    await waitFor(
      async () => {
        const dump = (await session.call<Dump>('state.dump', {})).value as Dump;
        return dump.contracts.find((c) => c.id === workroom.contractId)?.milestones.some((m) => m.title === 'Online ordering page');
      },
      20_000,
      'the milestone added after the forged takeover to be recorded',
    );
    expect(first.tab.dialogs).toEqual([]);
    expect(tab.consoleErrors.filter((e) => /Scope Guard/.test(e))).toEqual([]);
    await Promise.all([tab.close(), first.tab.close()]);
  });

  it('refuses malformed and oversized payloads from an extension page with a reason, and changes nothing', async () => {
    const before = await session.call<{ json: string }>('data.export', {});
    const contracts = (json: string | undefined) => JSON.parse(json ?? '{}').contracts;
    const reading = { kind: 'unknown', contractId: null, roomId: null, contract: null, milestones: [], messages: [], problems: [] };
    const cases: [string, unknown, RegExp][] = [
      ['no.such.type', {}, /unknown type/],
      ['__proto__', {}, /unknown type/],
      ['page.reading', { url: 'https://evil.example/', reading }, /Rejected "page\.reading": url/],
      ['page.reading', { url: WORKROOM_URL, reading: { ...reading, kind: 'workroom', contractId: 42000002 } }, /reading\.contractId/],
      [
        'page.reading',
        {
          url: WORKROOM_URL,
          reading: {
            ...reading,
            kind: 'room',
            roomId: 'room_big',
            messages: [{ id: 'm', sender: 'client', author: 'A', sentAt: '2026-11-01T10:00', text: 'x'.repeat(5_000_000) }],
          },
        },
        /reading\.messages\.0\.text/,
      ],
      ['page.view', { contractId: null }, /roomId/],
      ['warning.dismiss', { contractId: workroom.contractId, warningId: 1, reason: 'x' }, /warningId/],
      ['contract.setBaseline', { contractId: workroom.contractId, text: 'x'.repeat(50_001) }, /text/],
      ['contract.exportTimeline', { contractId: workroom.contractId, format: 'html' }, /format/],
      ['data.delete', { confirm: 'true' }, /confirm/],
      ['data.import', { json: '{"format":"scope-guard-export","version":1,"contracts":"all"}' }, /refused|contracts/],
      ['data.import', { json: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]' }, /refused/],
    ];
    for (const [type, data, reason] of cases) {
      const reply = await session.call(type, data);
      expect(reply.ok, type).toBe(false);
      expect(reply.error, type).toMatch(reason);
      expect((reply.error ?? '').length, type).toBeLessThanOrEqual(300);
    }
    const after = await session.call<{ json: string }>('data.export', {});
    expect(contracts(after.value?.json)).toEqual(contracts(before.value?.json));
    // A valid request still works afterwards: nothing got stuck.
    expect((await session.call('page.view', { contractId: workroom.contractId, roomId: null })).ok).toBe(true);
  });
});
