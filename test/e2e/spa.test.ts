// Upwork as the single-page app it is: a workroom, then its message room whose stories arrive after
// the page loaded and more when the user scrolls up, then an in-app navigation (pushState and a DOM
// swap, no reload) to another contract's workroom. The background must end up with exactly the
// milestones and messages the pages showed, each once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StorySpec, storyHtml, type WorkroomSpec, roomPage, workroomPage } from '../../src/dev/page-builder';
import { type ExtensionSession, launchExtension, waitFor } from '../../src/dev/harness';
import { waitForScopeGuard } from '../../src/dev/harness/upwork-tab';
import type { StateDump } from '../../src/protocol/views';
import { BROWSERS } from './browsers';

const FREELANCER = 'Ana Lima';
const CLIENT = 'Maria Garcia';

function workroom(contractId: string, title: string, milestones: string[]): WorkroomSpec {
  return {
    contractId,
    title,
    clientName: CLIENT,
    freelancerName: FREELANCER,
    type: 'fixed',
    budget: '$1,500.00',
    startedOn: 'Oct 1, 2026',
    status: 'Active',
    milestones: milestones.map((name, i) => ({ title: name, amount: `$${(i + 1) * 250}.00`, due: `Dec ${i + 5}, 2026`, status: i === 0 ? 'Paid' : 'Active & funded' })),
  };
}

const A = workroom('38100001', 'Shop website redesign', ['Wireframes', 'Home page', 'Checkout flow']);
const B = workroom('38100002', 'Logo and brand kit', ['Logo concepts', 'Brand guide']);
const WORKROOM_A = `https://www.upwork.com/nx/wm/workroom/${A.contractId}/overview`;
const WORKROOM_B = `https://www.upwork.com/nx/wm/workroom/${B.contractId}/overview`;
const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_5a6b7c8d9e';

// 30 messages: the room first shows the last 17, the first 13 come when the user scrolls up. The
// first two stories shown continue the client's run from the one before them (no sender header, no
// day header), so they can only be read once the older stories are there.
const STORIES: StorySpec[] = Array.from({ length: 30 }, (_, i) => ({
  kind: 'message',
  id: `story_${String(i + 1).padStart(4, '0')}`,
  at: `November ${10 + Math.floor(i / 4)}, 2026 at ${1 + (i % 9)}:${String(10 + i).padStart(2, '0')} PM`,
  author: i % 4 === 3 ? FREELANCER : CLIENT,
  text: `Message ${i + 1} about the shop website`,
}));
const OLDER = 13;
const FOLLOW_ONS = 2;

function storyPieces(): string[] {
  const pieces: string[] = [];
  let author: string | null = null;
  let day: string | null = null;
  for (const story of STORIES) {
    pieces.push(storyHtml(story, author, day));
    author = story.kind === 'message' ? story.author : null;
    day = story.at.replace(/ at .*/, '').replace(/^([A-Z][a-z]{2})[a-z]*/, '$1');
  }
  return pieces;
}

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The room with an empty story list; a page script adds the stories as Upwork's app does. */
function spaRoomPage(): string {
  const pieces = storyPieces();
  // The follow-on stories really have no header: the test is about them.
  for (const piece of pieces.slice(OLDER, OLDER + FOLLOW_ONS)) if (piece.includes('story-message-header') || piece.includes('story-day-header')) throw new Error('expected follow-on stories');
  if (!pieces[OLDER + FOLLOW_ONS]?.includes('story-message-header')) throw new Error('expected a header after the follow-on stories');
  const older = pieces.slice(0, OLDER).join('\n');
  const recent = pieces.slice(OLDER).join('\n');
  const page = roomPage({ roomId: 'room_5a6b7c8d9e', contractId: A.contractId, otherParty: CLIENT, subtitle: A.title, freelancerName: FREELANCER, stories: [] });
  const script = `<script>
(() => {
  const recent = ${json(recent)};
  const older = ${json(older)};
  const nextWorkroom = ${json(workroomPage(B))};
  const viewport = document.querySelector('#story-viewport');
  const list = document.querySelector('.story-list');
  // The app fetches the latest messages after the page loaded, and shows the bottom of the room.
  setTimeout(() => {
    list.insertAdjacentHTML('beforeend', recent);
    viewport.scrollTop = viewport.scrollHeight;
    document.documentElement.dataset.recentShown = 'true';
  }, 700);
  // Scrolled to the top: older messages are fetched and put above.
  let olderShown = false;
  viewport.addEventListener('scroll', () => {
    if (viewport.scrollTop > 0 || olderShown || !document.documentElement.dataset.recentShown) return;
    olderShown = true;
    setTimeout(() => {
      list.insertAdjacentHTML('afterbegin', older);
      document.documentElement.dataset.olderShown = 'true';
    }, 300);
  });
  // In-app navigation: a new URL and the app's root swapped, no reload.
  window.addEventListener('message', (event) => {
    if (event.data !== 'open-workroom-b') return;
    const next = new DOMParser().parseFromString(nextWorkroom, 'text/html');
    history.pushState({}, '', ${json(WORKROOM_B)});
    document.title = next.title;
    document.querySelector('#__nuxt').replaceWith(document.adoptNode(next.querySelector('#__nuxt')));
  });
})();
</script>`;
  return page.replace('</body>', `${script}\n</body>`);
}

type Contract = StateDump['contracts'][number];

describe.each(BROWSERS)('single-page app in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  const dump = async () => {
    const reply = await session.call<StateDump>('state.dump', {});
    expect(reply.ok, reply.error).toBe(true);
    return reply.value?.contracts ?? [];
  };
  const messageIds = (contract: Contract | undefined) =>
    (contract?.events ?? []).filter((e) => e.kind === 'message').map((e) => e.message?.id ?? '');

  it('records a workroom, its room as it loads and scrolls, and the next workroom opened in-app, each fact once', async () => {
    session.serve(WORKROOM_A, workroomPage(A));
    session.serve(ROOM, spaRoomPage());
    const tab = await session.newTab();
    await tab.goto(WORKROOM_A);
    expect(await waitForScopeGuard(tab)).toBe('ready');

    await tab.goto(ROOM);
    await waitFor(() => tab.evaluate(() => document.documentElement.dataset.recentShown === 'true'), 10_000, 'the recent messages');
    // The first recent story cannot be told apart yet (its sender header is on an older story).
    const recentIds = STORIES.slice(OLDER + FOLLOW_ONS).map((s) => s.id);
    await waitFor(async () => messageIds((await dump()).find((c) => c.id === A.contractId)).length >= recentIds.length, 20_000, 'the recent messages recorded');
    expect(messageIds((await dump()).find((c) => c.id === A.contractId)).sort()).toEqual(recentIds);

    await tab.evaluate(() => {
      const viewport = document.querySelector('#story-viewport') as HTMLElement;
      viewport.scrollTop = 0;
      viewport.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => tab.evaluate(() => document.documentElement.dataset.olderShown === 'true'), 10_000, 'the older messages');
    const allIds = STORIES.map((s) => s.id);
    await waitFor(async () => messageIds((await dump()).find((c) => c.id === A.contractId)).length >= allIds.length, 20_000, 'every message recorded');

    await tab.evaluate(() => window.postMessage('open-workroom-b', '*'));
    await waitFor(async () => ((await dump()).find((c) => c.id === B.contractId)?.milestones.length ?? 0) > 0, 20_000, 'the second workroom recorded');
    expect(await tab.evaluate(() => location.href)).toBe(WORKROOM_B);
    expect(await waitForScopeGuard(tab)).toBe('ready');
    // Let any late reading land before the final check.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const contracts = await dump();
    expect(contracts.map((c) => c.id).sort()).toEqual([A.contractId, B.contractId]);
    const a = contracts.find((c) => c.id === A.contractId);
    const b = contracts.find((c) => c.id === B.contractId);
    expect(messageIds(a).sort()).toEqual(allIds);
    expect(messageIds(b)).toEqual([]);
    const texts = new Map((a?.events ?? []).filter((e) => e.kind === 'message').map((e) => [e.message?.id, e.message]));
    for (const story of STORIES) {
      const message = texts.get(story.id);
      expect(message?.text, story.id).toBe(story.kind === 'message' ? story.text : '');
      expect(message?.sender, story.id).toBe(story.kind === 'message' && story.author === FREELANCER ? 'freelancer' : 'client');
    }
    for (const [contract, spec] of [[a, A], [b, B]] as const) {
      expect(contract?.milestones.map((m) => [m.title, m.amount])).toEqual(spec.milestones.map((m) => [m.title, Number(m.amount.replace(/[$,]/g, ''))]));
      const added = (contract?.events ?? []).filter((e) => e.kind === 'milestone_added').map((e) => e.milestone?.title);
      expect(added.sort()).toEqual(spec.milestones.map((m) => m.title).sort());
    }
    await tab.close();
  });
});
