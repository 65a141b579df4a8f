// Screenshots of the real built extension in Chromium, for docs/: the popup on a contract with
// warnings, the workroom with its banner, a message room with markers, and the timeline picture.
// `npx tsx src/dev/screenshots.ts [outDir]` (default docs/); the surfaces end-to-end test calls it.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, ensureBuilt } from './build';
import { type TabHandle, launchExtension, waitFor } from './harness';
import { openUpworkPage } from './harness/upwork-tab';

const SCENARIO = join(ROOT, 'test/fixtures/scenarios/approval-held-for-extra-work');
export const SCENARIO_WORKROOM = 'https://www.upwork.com/nx/wm/workroom/40100001/overview';
export const SCENARIO_ROOM = 'https://www.upwork.com/ab/messages/rooms/room_ab12cd34ef?sidebar=true';
export const SCREENSHOTS = ['popup.png', 'banner.png', 'room-markers.png', 'timeline.png'] as const;

/** Waits until `selector` matches in the page (or inside the banner's shadow root with `inShadow`). */
export async function waitForSelector(tab: TabHandle, selector: string, what = selector): Promise<void> {
  await waitFor(
    () =>
      tab.evaluate(
        (s: string) =>
          Boolean(document.querySelector(s) ?? document.querySelector('scope-guard-root')?.shadowRoot?.querySelector(s)),
        selector,
      ),
    15_000,
    what,
  );
}

export async function makeScreenshots(outDir = join(ROOT, 'docs')): Promise<string[]> {
  ensureBuilt(['chrome']);
  mkdirSync(outDir, { recursive: true });
  // A first launch right after a build sometimes misses the service worker's start: try twice.
  const session = await launchExtension('chromium', { colorScheme: 'light' }).catch(() => launchExtension('chromium', { colorScheme: 'light' }));
  const written: string[] = [];
  try {
    const { tab: workroom } = await openUpworkPage(session, SCENARIO_WORKROOM, readFileSync(join(SCENARIO, 'workroom.html'), 'utf8'));
    const { tab: room } = await openUpworkPage(session, SCENARIO_ROOM, readFileSync(join(SCENARIO, 'room.html'), 'utf8'));
    await waitForSelector(room, 'scope-guard-marker', 'a marker in the room');
    await room.setViewport(1280, 800);
    await room.evaluate(() => new Promise((r) => setTimeout(r, 400))); // the banner's entrance
    await room.screenshot(join(outDir, 'room-markers.png'));
    written.push('room-markers.png');

    // Back on the workroom, now that it knows about the room's messages.
    await workroom.goto(SCENARIO_WORKROOM);
    await waitForSelector(workroom, 'section.warning', 'a warning in the workroom banner');
    await workroom.setViewport(1280, 800);
    // The strip opened to its cards, as after a press on "Show".
    await workroom.bringToFront();
    await workroom.evaluate(() => (document.querySelector('scope-guard-root')?.shadowRoot?.querySelector('button.toggle') as HTMLElement | null)?.focus());
    await workroom.press('Enter');
    await workroom.evaluate(() => new Promise((r) => setTimeout(r, 400)));
    await workroom.screenshot(join(outDir, 'banner.png'));
    written.push('banner.png');

    const popup = await session.openExtensionPage('src/popup/index.html');
    await popup.setViewport(460, 600);
    await waitForSelector(popup, 'li.contract', 'the contract list');
    await popup.evaluate(() => (document.querySelector('li.contract button') as HTMLElement).click());
    await waitForSelector(popup, 'section.warning', 'a warning in the popup');
    await popup.screenshot(join(outDir, 'popup.png'));
    written.push('popup.png');

    // The timeline picture alone, at the popup's width.
    await popup.evaluate(() => {
      const figure = document.querySelector('figure.timeline-figure') as HTMLElement;
      document.body.replaceChildren(figure);
      document.body.className = 'shot';
      document.documentElement.style.overflow = 'hidden';
    });
    const height = await popup.evaluate(() =>
      Math.ceil((document.querySelector('figure.timeline-figure') as HTMLElement).getBoundingClientRect().bottom + 12),
    );
    await popup.setViewport(460, height);
    await popup.screenshot(join(outDir, 'timeline.png'));
    written.push('timeline.png');
  } finally {
    await session.close();
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  makeScreenshots(process.argv[2]).then(
    (files) => process.stdout.write(`${JSON.stringify({ written: files })}\n`),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
