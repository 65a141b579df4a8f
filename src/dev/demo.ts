// `npm start [-- --browser chromium|firefox] [--headless] [--out <dir>]`: builds the extension and
// shows it working on a demo contract: a fixed-price website job where the client, after the work
// was submitted, asks for an online ordering page and will not approve the milestone until it is
// done. The Upwork pages are generated here (src/dev/page-builder.ts), dated relative to today, and
// served at Upwork's real URLs; nothing reaches the network.
// With a display: a browser window with the workroom (banner), the message room (markers) and the
// popup page in tabs, until the user closes them. Without one (or with --headless): screenshots of
// the three in demo-output/, their paths printed on standard output.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, ensureBuilt } from './build';
import { log, runCommand, takeOption } from './cli';
import { type BrowserName, type ExtensionSession, type TabHandle, browserExecutable, launchExtension, waitFor } from './harness';
import { bannerState, waitForScopeGuard } from './harness/upwork-tab';
import { type RoomSpec, type WorkroomSpec, roomPage, workroomPage } from './page-builder';

const FREELANCER = 'Ana Souza';
const CLIENT = 'Jamie Crumb';
export const DEMO_CONTRACT_ID = '41700012';
export const DEMO_WORKROOM_URL = `https://www.upwork.com/nx/wm/workroom/${DEMO_CONTRACT_ID}/overview`;
export const DEMO_ROOM_URL = 'https://www.upwork.com/ab/messages/rooms/room_5f2c9a71d0?sidebar=true';
/** Words of the client's that the warnings quote. */
export const DEMO_QUOTE_WORDS = 'ordering page';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The demo's pages, dated relative to `today` so that the review deadline is always ahead. */
export function demoPages(today = new Date()): { workroom: string; room: string } {
  const day = (offset: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
  const short = (offset: number) => {
    const d = day(offset);
    return `${(MONTHS[d.getMonth()] as string).slice(0, 3)} ${d.getDate()}, ${d.getFullYear()}`;
  };
  const at = (offset: number, time: string) => {
    const d = day(offset);
    return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()} at ${time}`;
  };
  const workroom: WorkroomSpec = {
    contractId: DEMO_CONTRACT_ID,
    title: 'WordPress website for a family bakery',
    clientName: 'Crumb & Co',
    freelancerName: FREELANCER,
    type: 'fixed',
    budget: '$1,200.00',
    startedOn: short(-24),
    status: 'Active',
    milestones: [
      {
        title: 'Design mockups and sitemap',
        amount: '$400.00',
        due: short(-14),
        status: 'Paid',
        statusDate: short(-13),
        description: 'Mockups for the five pages: home, menu, about us, gallery, contact.',
      },
      {
        title: 'Build the five pages on WordPress',
        amount: '$800.00',
        due: short(-3),
        status: 'Submitted for review',
        statusDate: short(-6),
        description: 'Home, menu, about us, gallery and contact pages, mobile friendly, contact form included.',
      },
    ],
  };
  const room: RoomSpec = {
    roomId: 'room_5f2c9a71d0',
    contractId: DEMO_CONTRACT_ID,
    otherParty: CLIENT,
    subtitle: 'Crumb & Co · WordPress website for a family bakery',
    freelancerName: FREELANCER,
    stories: [
      { kind: 'message', id: 'story_demo01', at: at(-24, '10:05 AM'), author: CLIENT, text: 'Welcome aboard, Ana! Looking forward to seeing the new site.' },
      { kind: 'message', id: 'story_demo02', at: at(-24, '10:20 AM'), author: FREELANCER, text: 'Thank you, Jamie! I will send the mockups by the end of next week.' },
      { kind: 'system', id: 'story_demo03', at: at(-6, '9:00 AM'), text: `${FREELANCER} submitted work for milestone "Build the five pages on WordPress"` },
      {
        kind: 'message',
        id: 'story_demo04',
        at: at(-6, '9:02 AM'),
        author: FREELANCER,
        text: 'Hi Jamie, all five pages are live on the staging site and the contact form works. I have submitted the milestone for your review.',
      },
      {
        kind: 'message',
        id: 'story_demo05',
        at: at(-5, '4:47 PM'),
        author: CLIENT,
        text: 'Looks good overall. Before I approve it, please also add an online ordering page with our full menu.',
      },
      {
        kind: 'message',
        id: 'story_demo06',
        at: at(-5, '5:10 PM'),
        author: FREELANCER,
        text: 'Thanks! The ordering page was not one of the five pages we agreed on. I am happy to build it as a new milestone.',
      },
      { kind: 'message', id: 'story_demo07', at: at(-4, '8:31 AM'), author: CLIENT, text: "I won't release the payment until the ordering page is done." },
    ],
  };
  return { workroom: workroomPage(workroom), room: roomPage(room) };
}

/** Waits until `selector` matches in the page or inside Scope Guard's banner. */
async function waitForSelector(tab: TabHandle, selector: string, what: string, timeoutMs = 20_000): Promise<void> {
  await waitFor(
    () =>
      tab.evaluate(
        (s: string) => Boolean(document.querySelector(s) ?? document.querySelector('scope-guard-root')?.shadowRoot?.querySelector(s)),
        selector,
      ),
    timeoutMs,
    what,
  );
}

const pause = (tab: TabHandle, ms: number) => tab.evaluate((wait: number) => new Promise((r) => setTimeout(r, wait)), ms);

interface DemoTabs {
  workroom: TabHandle;
  room: TabHandle;
  popup: TabHandle;
}

/** Opens the three views and checks that each shows what it should; throws with the reason if not. */
async function openDemo(session: ExtensionSession, headless: boolean): Promise<DemoTabs> {
  const pages = demoPages();
  session.serve(DEMO_WORKROOM_URL, pages.workroom);
  session.serve(DEMO_ROOM_URL, pages.room);

  log('Opening the contract’s workroom…');
  const workroom = await session.newTab();
  await workroom.goto(DEMO_WORKROOM_URL);
  const first = await waitForScopeGuard(workroom, 30_000);
  if (first !== 'ready') throw new Error(`Scope Guard did not read the demo workroom (status ${first})`);

  log('Opening the message room with the client…');
  const room = await session.newTab();
  await room.goto(DEMO_ROOM_URL);
  const second = await waitForScopeGuard(room, 30_000);
  if (second !== 'ready') throw new Error(`Scope Guard did not read the demo message room (status ${second})`);
  await waitForSelector(room, 'scope-guard-marker', 'markers beside the client’s messages');
  const markers = await room.evaluate(() => document.querySelectorAll('scope-guard-marker').length);
  // A room opens at its latest message, as Upwork's does.
  await room.evaluate(() => {
    const viewport = document.getElementById('story-viewport');
    if (viewport) viewport.scrollTop = viewport.scrollHeight;
  });

  // Back on the workroom, which now knows what the client wrote in the room.
  await workroom.goto(DEMO_WORKROOM_URL);
  await waitForScopeGuard(workroom, 30_000);
  await waitForSelector(workroom, 'section.warning', 'a warning in the workroom banner');
  const banner = await bannerState(workroom);
  if (!banner.shown) throw new Error('The workroom banner is not shown');

  log('Opening the popup page…');
  const popup = await session.openExtensionPage('src/popup/index.html');
  if (headless) await popup.setViewport(460, 600); // the toolbar popup's size
  await waitForSelector(popup, `li.contract[data-contract-id="${DEMO_CONTRACT_ID}"]`, 'the demo contract in the popup');
  await popup.evaluate((id: string) => {
    const item = document.querySelector(`li.contract[data-contract-id="${id}"]`) as HTMLElement;
    ((item.querySelector('button') as HTMLElement | null) ?? item).click();
  }, DEMO_CONTRACT_ID);
  await waitForSelector(popup, 'section.warning', 'a warning in the popup');
  const popupText = await popup.evaluate(() => document.querySelector('article.message-card')?.textContent ?? '');
  if (!popupText.includes(DEMO_QUOTE_WORDS)) throw new Error(`The popup does not quote the client (“${DEMO_QUOTE_WORDS}”)`);

  log(`Scope Guard is working: banner on the workroom (“${banner.text.slice(0, 90)}…”), ${markers} marker(s) in the room, warnings in the popup.`);
  return { workroom, room, popup };
}

export async function screenshotDemo(browserName: BrowserName, outDir: string): Promise<string[]> {
  ensureBuilt([browserName === 'chromium' ? 'chrome' : 'firefox']);
  mkdirSync(outDir, { recursive: true });
  const session = await launchExtension(browserName, { colorScheme: 'light' });
  try {
    const tabs = await openDemo(session, true);
    const shots: [TabHandle, string][] = [
      [tabs.workroom, 'workroom-banner.png'],
      [tabs.room, 'room-markers.png'],
      [tabs.popup, 'popup.png'],
    ];
    const written: string[] = [];
    for (const [tab, name] of shots) {
      await pause(tab, 500); // the banner's entrance animation
      const path = join(outDir, name);
      await tab.screenshot(path);
      written.push(path);
    }
    return written;
  } finally {
    await session.close();
  }
}

/** A headed browser with the three views open, until the user has closed them (or the window). */
async function showDemo(browserName: BrowserName): Promise<void> {
  ensureBuilt([browserName === 'chromium' ? 'chrome' : 'firefox']);
  const session = await launchExtension(browserName, { headed: true });
  try {
    const tabs = Object.values(await openDemo(session, false));
    log(
      [
        '',
        `Scope Guard is running in ${browserName} on a demo contract (pages served locally at Upwork's URLs).`,
        '  Tab 1, the workroom: the banner at the top says the client is holding approval for extra work.',
        '  Tab 2, the message room: markers beside the client’s messages; hover or focus one for the quote.',
        '  Tab 3, the popup page: the contract, its warnings with the client’s words, and what you can do.',
        'Close the window (or those tabs) to end the demo.',
      ].join('\n'),
    );
    // The demo ends when none of its tabs answers any more: closed one by one, or with the window.
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000));
      const alive = await Promise.all(
        tabs.map((tab) =>
          Promise.race([tab.evaluate(() => true).catch(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]),
        ),
      );
      if (!alive.includes(true)) break;
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void runCommand(async () => {
    const { value: browserOption, rest: afterBrowser } = takeOption(process.argv.slice(2), 'browser');
    const { value: outOption, rest } = takeOption(afterBrowser, 'out');
    const requested = browserOption ?? 'chromium';
    const browserName: BrowserName | null = requested === 'chromium' || requested === 'chrome' ? 'chromium' : requested === 'firefox' ? 'firefox' : null;
    if (!browserName) throw new Error(`--browser must be chromium or firefox, not ${requested}`);
    const forceHeadless = rest.includes('--headless');
    const unknown = rest.filter((a) => a !== '--headless');
    if (unknown.length) throw new Error(`usage: npm start -- [--browser chromium|firefox] [--headless] [--out <dir>] (unknown: ${unknown.join(' ')})`);
    browserExecutable(browserName); // fails with how to install it
    if (process.env.DISPLAY && !forceHeadless) {
      await showDemo(browserName);
      return;
    }
    log(process.env.DISPLAY ? 'Headless run: screenshots instead of a window.' : 'No display (DISPLAY is not set): screenshots instead of a window.');
    const paths = await screenshotDemo(browserName, resolve(outOption ?? join(ROOT, 'demo-output')));
    for (const path of paths) process.stdout.write(`${path}\n`);
  });
}
