// Deadline reminders through the real extension: a workroom with a submitted milestone is read,
// the background sets one alarm per reminder at 09:00 in the browser's time zone (Asia/Tokyo here,
// through the harness, so the times are the same on every machine), and turning Reminders off on
// the options page clears them all. The alarms are read from an extension page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, type TabHandle, waitFor } from '../../src/dev/harness';
import { openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { roomPage, workroomPage } from '../../src/dev/page-builder';
import { BROWSERS } from './browsers';

const CONTRACT = '38990011';
const URL = `https://www.upwork.com/nx/wm/workroom/${CONTRACT}/overview`;
const TIME_ZONE = 'Asia/Tokyo'; // UTC+9 all year: 09:00 there is 00:00 UTC the same day.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const DAY_MS = 24 * 3600_000;
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
/** YYYY-MM-DD `offset` days from today (UTC). */
const day = (offset: number) => new Date(today + offset * DAY_MS).toISOString().slice(0, 10);
/** As the workroom shows it: "Nov 20, 2026". */
const shown = (offset: number) => {
  const d = new Date(today + offset * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
};
/** As a story's timestamp title shows it: "November 20, 2026 at 10:12 AM". */
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const storyTime = (offset: number) => {
  const d = new Date(today + offset * DAY_MS);
  return `${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at 10:12 AM`;
};
/** 09:00 in Tokyo on that day, as the alarm's ISO time. */
const nineInTokyo = (offset: number) => `${day(offset)}T00:00:00.000Z`;

const page = workroomPage({
  contractId: CONTRACT,
  title: 'Menu site for a noodle bar',
  clientName: 'Ramen Ichi',
  freelancerName: 'Ana Lima',
  type: 'fixed',
  budget: '$700.00',
  startedOn: shown(-30),
  status: 'Active',
  milestones: [{ title: 'Menu pages', amount: '$700.00', due: shown(-1), status: 'Submitted for review', statusDate: shown(-3) }],
});

type Alarm = { name: string; scheduledTime: number };
type Listenable = { addListener(listener: (id: string) => void): void };
interface NotificationsAndAlarms {
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, unknown>>; onShown?: Listenable; onClosed: Listenable };
}

async function alarmsOf(tab: TabHandle): Promise<[string, string][]> {
  const alarms = await tab.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: { alarms: { getAll(): Promise<Alarm[]> } }; chrome: { alarms: { getAll(): Promise<Alarm[]> } } });
    return (api.browser ?? api.chrome).alarms.getAll();
  });
  return alarms
    .filter((a) => a.name.startsWith('reminder:'))
    .map((a): [string, string] => [a.name, new Date(a.scheduledTime).toISOString()])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe.each(BROWSERS)('reminders in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName, { timeZone: TIME_ZONE });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('sets one alarm per reminder at 09:00 local time, and clears them all when Reminders is turned off', async () => {
    const { tab, status } = await openUpworkPage(session, URL, page);
    expect(status).toBe('ready');

    const dump = (await session.call<{ contracts: { id: string; milestones: { key: string; status: string }[] }[] }>('state.dump', {})).value;
    const milestone = dump?.contracts.find((c) => c.id === CONTRACT)?.milestones[0];
    expect(milestone?.status).toBe('submitted');
    const key = milestone?.key as string;

    // Submitted 3 days ago: the 14-day review ends in 11 days. The last due date was yesterday.
    const deadline = day(11);
    const expected: [string, string][] = [
      [`reminder:${CONTRACT}:dormancy_notice:76:${day(-1)}`, nineInTokyo(75)],
      [`reminder:${CONTRACT}:dormancy_notice:83:${day(-1)}`, nineInTokyo(82)],
      [`reminder:${CONTRACT}:dormant:90:${day(-1)}`, nineInTokyo(89)],
      [`reminder:${CONTRACT}:dormant_response_ends:103:${day(-1)}`, nineInTokyo(102)],
      [`reminder:${CONTRACT}:dormant_response_opens:97:${day(-1)}`, nineInTokyo(96)],
      [`reminder:${CONTRACT}:review_ends_today:${deadline}:${key}`, nineInTokyo(11)],
      [`reminder:${CONTRACT}:review_ends_tomorrow:${deadline}:${key}`, nineInTokyo(10)],
    ];

    const options = await session.openExtensionPage('src/options/index.html');
    // The browser runs in the harness's time zone, extension pages included.
    expect(await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(TIME_ZONE);
    const set = await waitFor(async () => {
      const alarms = await alarmsOf(options);
      return alarms.length === expected.length ? alarms : null;
    }, 20_000, 'the reminder alarms').catch(async (error) => {
      throw new Error(`${(error as Error).message}; alarms: ${JSON.stringify(await alarmsOf(options))}`);
    });
    expect(set).toEqual(expected);

    // Reading the same page again changes nothing: the same alarms, by name and time.
    await tab.goto(URL);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await alarmsOf(options)).toEqual(expected);

    // Turned off on the options page: every reminder alarm goes.
    const checkbox = 'input[type="checkbox"][name="reminders"]';
    await waitFor(() => options.evaluate((s: string) => document.querySelector(s) !== null, checkbox), 10_000, 'the Reminders checkbox');
    expect(await options.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement).checked, checkbox)).toBe(true);
    await options.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement).click(), checkbox);
    await waitFor(async () => (await alarmsOf(options)).length === 0, 20_000, 'the reminder alarms to be cleared');
    const stored = await options.evaluate(async () => {
      const api = globalThis as unknown as { browser?: { storage: { local: { get(k: string): Promise<Record<string, { reminders: boolean; version: number }>> } } }; chrome: { storage: { local: { get(k: string): Promise<Record<string, { reminders: boolean; version: number }>> } } } };
      return ((await (api.browser ?? api.chrome).storage.local.get('settings')) as Record<string, { reminders: boolean; version: number }>).settings;
    });
    expect(stored).toMatchObject({ version: 2, reminders: false });

    // A new reading while off sets none.
    await tab.goto(URL);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await alarmsOf(options)).toEqual([]);

    // On again: the same alarms come back.
    await options.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement).click(), checkbox);
    await waitFor(async () => (await alarmsOf(options)).length === expected.length, 20_000, 'the reminder alarms again');
    expect(await alarmsOf(options)).toEqual(expected);

    // Nothing was asked of Upwork beyond the page served (and the favicon Firefox itself asks
    // for), nor of anywhere else.
    expect(session.strayRequests).toEqual([]);
    expect(new Set(session.upworkRequests.filter((u) => !u.endsWith('/favicon.ico')))).toEqual(new Set([URL]));
    expect(options.consoleErrors).toEqual([]);
    await options.close();
    await tab.close();
  });

  it('shows a notification named by the alarm when a reminder’s alarm fires', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    const [name] = (await alarmsOf(options)).map(([n]) => n).filter((n) => n.includes(':review_ends_tomorrow:'));
    expect(name).toBeTruthy();
    // Fire that reminder's alarm now (the browser replaces an alarm of the same name). Headless
    // Firefox has no alert service and closes a notification as soon as it is created, so the
    // page also records the notifications shown or closed.
    await options.evaluate((n: string) => {
      const g = globalThis as unknown as Record<string, unknown> & { browser?: NotificationsAndAlarms; chrome: NotificationsAndAlarms };
      const api = g.browser ?? g.chrome;
      const seen: string[] = [];
      g.__seenNotifications = seen;
      api.notifications.onShown?.addListener((id: string) => seen.push(id));
      api.notifications.onClosed.addListener((id: string) => seen.push(id));
      return api.alarms.create(n, { when: Date.now() + 500 });
    }, name as string);
    const shown = await waitFor(
      () =>
        options.evaluate(async () => {
          const g = globalThis as unknown as Record<string, unknown> & { browser?: NotificationsAndAlarms; chrome: NotificationsAndAlarms };
          const open = Object.keys(await (g.browser ?? g.chrome).notifications.getAll());
          const ids = [...new Set([...open, ...(g.__seenNotifications as string[])])];
          return ids.length > 0 ? ids : null;
        }),
      20_000,
      'the reminder notification',
    );
    expect(shown).toEqual([name]);
    await options.close();

    // A click on it opens this page (the test cannot click a system notification): the contract.
    const popup = await session.openExtensionPage(`src/popup/index.html#contract=${CONTRACT}`);
    const heading = await waitFor(
      () => popup.evaluate(() => (document.body.innerText.includes('Menu site for a noodle bar') && !document.querySelector('li.contract') ? 'detail' : null)),
      20_000,
      'the contract opened from the reminder',
    );
    expect(heading).toBe('detail');
    await popup.close();
  });

  it('sets the refund reminders when Upwork’s own story in the room dates a refund request', async () => {
    const ROOM = 'room_5e0c7d2a9b4f4e1c8a3d6b7e9f0a1b2c';
    const room = roomPage({
      roomId: ROOM,
      contractId: CONTRACT,
      otherParty: 'Ramen Ichi',
      subtitle: 'Menu site for a noodle bar',
      freelancerName: 'Ana Lima',
      stories: [
        { kind: 'message', id: 'story_r1', at: storyTime(-3), author: 'Ramen Ichi', text: 'If the menu is not right I will ask Upwork for a refund.' },
        { kind: 'system', id: 'story_r2', at: storyTime(-2), text: 'Ramen Ichi requested a refund of $700.00' },
      ],
    });
    const { tab, status } = await openUpworkPage(session, `https://www.upwork.com/ab/messages/rooms/${ROOM}`, room);
    expect(status).toBe('ready');
    // Requested 2 days ago: the 7 days end in 5 days; the client's threat before it sets nothing.
    const options = await session.openExtensionPage('src/options/index.html');
    const refund = await waitFor(async () => {
      const found = (await alarmsOf(options)).filter(([name]) => name.includes(':refund_'));
      return found.length === 2 ? found : null;
    }, 20_000, 'the refund reminder alarms');
    expect(refund).toEqual([
      [`reminder:${CONTRACT}:refund_response_ends_today:${day(-2)}`, nineInTokyo(5)],
      [`reminder:${CONTRACT}:refund_response_ends_tomorrow:${day(-2)}`, nineInTokyo(4)],
    ]);
    await options.close();
    await tab.close();
  });
});
