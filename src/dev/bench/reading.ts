// How long the content script takes to read a page, inside the real extension: the content script
// times each reading with a User Timing measure `scope-guard:read`, which the page's performance
// timeline shows (Chromium and Firefox alike). The floor is one bare `querySelectorAll('*')` walk
// over the same document in the same page.
import { waitFor } from '../harness';
import { storiesHtml } from '../page-builder';
import { benchStories } from './pages';

export interface BenchTab {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

/** Durations of the content script's readings so far, in ms. */
export const readings = (tab: BenchTab) =>
  tab.evaluate(() => performance.getEntriesByName('scope-guard:read').map((e) => e.duration));

/** Waits until Scope Guard has taken the page in and answered. */
export async function waitForReading(tab: BenchTab, timeoutMs = 120_000): Promise<string> {
  return waitFor(
    () =>
      tab.evaluate(() => {
        const status = document.querySelector('scope-guard-root')?.getAttribute('data-status');
        const read = performance.getEntriesByName('scope-guard:read').length > 0;
        return read && (status === 'ready' || status === 'error' || status === 'ignored') ? status : null;
      }),
    timeoutMs,
    'Scope Guard to read the page',
  );
}

/** Median of five bare walks over every element of the document. */
export const floor = (tab: BenchTab) =>
  tab.evaluate(() => {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      let count = 0;
      for (const el of document.querySelectorAll('*')) if (el.nodeType === 1) count++;
      times.push(performance.now() - start + (count < 0 ? 1 : 0));
    }
    times.sort((a, b) => a - b);
    return times[2] as number;
  });

/** Adds stories to the room as the app does, and returns what the readings they caused cost. */
async function addStories(tab: BenchTab, html: string, where: 'beforeend' | 'afterbegin'): Promise<number> {
  const before = (await readings(tab)).length;
  await tab.evaluate(
    ([markup, position]) => {
      // Bench-only page script: the markup comes from the page builder, which escapes every text.
      document.querySelector('.story-list')?.insertAdjacentHTML(position as InsertPosition, markup as string);
    },
    [html, where],
  );
  // Debounced reading: wait for it, then a little more in case the change took two readings.
  await waitFor(async () => (await readings(tab)).length > before, 20_000, 'a reading of the new stories');
  await new Promise((resolve) => setTimeout(resolve, 400));
  const after = await readings(tab);
  return after.slice(before).reduce((sum, d) => sum + d, 0);
}

/** Rounds of 20 new messages at the bottom, then 20 older ones on top; ms per round. */
export async function incremental(tab: BenchTab, roomSize: number, rounds: number): Promise<{ appended: number[]; prepended: number[] }> {
  const appended: number[] = [];
  const prepended: number[] = [];
  for (let r = 0; r < rounds; r++) appended.push(await addStories(tab, storiesHtml(benchStories(roomSize + r * 20, 20)), 'beforeend'));
  for (let r = 0; r < rounds; r++) prepended.push(await addStories(tab, storiesHtml(benchStories(-(r + 1) * 20, 20)), 'afterbegin'));
  return { appended, prepended };
}
