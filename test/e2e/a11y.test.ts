// Accessibility of every surface, checked by axe-core in a real browser, in the light and the dark
// scheme: the popup (list and a contract with warnings), the options page, the banner in its
// shadow root and the markers beside messages, in Chromium and Firefox. Plus keyboard-only use of
// the popup. axe is put into the pages through the automation protocol (CDP Runtime.evaluate,
// WebDriver BiDi script.evaluate), which the extension pages' `script-src 'self'` does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, type TabHandle, launchExtension, waitFor } from '../../src/dev/harness';
import { openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { BROWSERS } from './browsers';
import { SCENARIO_ROOM, SCENARIO_WORKROOM, waitForSelector } from '../../src/dev/screenshots';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCENARIO = join(import.meta.dirname, '../fixtures/scenarios/approval-held-for-extra-work');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe in the tab over `include` (CSS selectors; each array pierces one shadow root). */
async function axeViolations(tab: TabHandle, include: string[][] | null): Promise<Violation[]> {
  await tab.evaluate(`${AXE_SOURCE};\nwindow.axe = axe; true`);
  const context = include ? JSON.stringify({ include }) : 'document';
  return tab.evaluate(`(async () => {
    const result = await window.axe.run(${context}, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary) }));
  })()`);
}

const report = (violations: Violation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');

const CASES = BROWSERS.flatMap((browserName) => (['light', 'dark'] as const).map((colorScheme) => [browserName, colorScheme] as const));

describe.each(CASES)('accessibility in %s, %s scheme', (browserName, colorScheme) => {
  let session: ExtensionSession;
  let workroom: TabHandle;
  let room: TabHandle;
  beforeAll(async () => {
    session = await launchExtension(browserName, { colorScheme });
    ({ tab: workroom } = await openUpworkPage(session, SCENARIO_WORKROOM, readFileSync(join(SCENARIO, 'workroom.html'), 'utf8')));
    ({ tab: room } = await openUpworkPage(session, SCENARIO_ROOM, readFileSync(join(SCENARIO, 'room.html'), 'utf8')));
    await waitForSelector(room, 'scope-guard-marker');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the scheme reaches the pages', async () => {
    const popup = await session.openExtensionPage('src/popup/index.html');
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(27, 27, 30)' : 'rgb(255, 255, 255)');
    await popup.close();
  });

  it('popup: the contract list and a contract with warnings', async () => {
    const popup = await session.openExtensionPage('src/popup/index.html');
    await popup.setViewport(460, 600);
    await waitForSelector(popup, 'li.contract button');
    expect(report(await axeViolations(popup, null))).toBe('');
    await popup.evaluate(() => (document.querySelector('li.contract button') as HTMLElement).click());
    await waitForSelector(popup, 'section.warning');
    // Everything folded out, so that axe sees the advice and the ready message too.
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    expect(report(await axeViolations(popup, null))).toBe('');
    await popup.close();
  });

  it('options page', async () => {
    const options = await session.openExtensionPage('src/options/index.html#welcome');
    await waitForSelector(options, 'input[type="checkbox"]');
    expect(report(await axeViolations(options, null))).toBe('');
    await options.close();
  });

  it('the banner on the workroom and the markers in the room', async () => {
    await waitForSelector(workroom, 'section.warning');
    // The strip folded to one line, then opened from the keyboard to its cards.
    expect(report(await axeViolations(workroom, [['scope-guard-root']]))).toBe('');
    await workroom.bringToFront();
    await workroom.evaluate(() => (document.querySelector('scope-guard-root')?.shadowRoot?.querySelector('button.toggle') as HTMLElement | null)?.focus());
    await workroom.press('Enter');
    const opened = await workroom.evaluate(() => {
      const root = document.querySelector('scope-guard-root')?.shadowRoot;
      return { expanded: root?.querySelector('button.toggle')?.getAttribute('aria-expanded'), hidden: root?.querySelector('.body')?.hasAttribute('hidden') };
    });
    expect(opened).toEqual({ expanded: 'true', hidden: false });
    expect(report(await axeViolations(workroom, [['scope-guard-root']]))).toBe('');
    // Escape folds it again and leaves focus on the toggle.
    await workroom.evaluate(() => (document.querySelector('scope-guard-root')?.shadowRoot?.querySelector('section.warning select') as HTMLElement | null)?.closest('section')?.querySelector('button')?.focus());
    await workroom.press('Escape');
    expect(await workroom.evaluate(() => document.querySelector('scope-guard-root')?.shadowRoot?.activeElement?.className)).toBe('toggle');
    await room.bringToFront();
    await room.evaluate(() => (document.querySelector('scope-guard-root')?.shadowRoot?.querySelector('button.toggle') as HTMLElement | null)?.focus());
    await room.press('Enter');
    expect(report(await axeViolations(room, [['scope-guard-root'], ['scope-guard-marker']]))).toBe('');
    // axe must really have looked inside the shadow roots: a check that passes there proves it.
    const inspected = await room.evaluate(`(async () => {
      const result = await window.axe.run({ include: [['scope-guard-root']] }, { runOnly: ['button-name'] });
      return result.passes.flatMap((p) => p.nodes.map((n) => JSON.stringify(n.target)));
    })()`);
    expect(JSON.stringify(inspected)).toContain('scope-guard-root');
    expect((inspected as string[]).length).toBeGreaterThan(2);
  });
});

describe.each(BROWSERS)('keyboard-only use of the popup in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
    await openUpworkPage(session, SCENARIO_WORKROOM, readFileSync(join(SCENARIO, 'workroom.html'), 'utf8'));
    const { tab: room } = await openUpworkPage(session, SCENARIO_ROOM, readFileSync(join(SCENARIO, 'room.html'), 'utf8'));
    // The room's messages stored and assessed before the popup opens: a warning that arrived
    // while the test tabs through the contract would change the order it reads.
    await waitForSelector(room, 'scope-guard-marker');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reaches, opens and acts on a contract with Tab and Enter, in reading order', async () => {
    const popup = await session.openExtensionPage('src/popup/index.html');
    await waitForSelector(popup, 'li.contract button');
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}${el.className ? `.${el.className.split(' ').join('.')}` : ''}|${(el.textContent ?? '').trim().slice(0, 40)}` : '';
      });
    await popup.press('Tab');
    expect(await focused()).toMatch(/^button\.open-contract\|Landing page for a bakery/);
    await popup.press('Enter');
    await waitForSelector(popup, 'section.warning');
    // Focus moves to the contract's heading, so the next Tab continues from there.
    await waitFor(async () => /^h2\.detail-title\|Landing page for a bakery/.test(await focused()), 5_000, 'focus on the contract heading').catch(async (e) => {
      throw new Error(`${(e as Error).message}; focus is on ${await focused()}`);
    });
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.press('Tab');
      order.push(await focused());
    }
    // The first warning's actions in the order they are read.
    const copy = order.findIndex((f) => f.startsWith('button.primary|Copy milestone proposal'));
    const reason = order.findIndex((f) => f.startsWith('select|'));
    const dismiss = order.findIndex((f) => f.startsWith('button|Dismiss'));
    const advice = order.findIndex((f) => f.startsWith('summary|What you can do'));
    expect(copy, `focus order: ${order.join(' → ')}`).toBe(0);
    expect([copy < reason, reason < dismiss, dismiss < advice]).toEqual([true, true, true]);
    // Every focused control shows a visible focus ring.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    // And back to the list with the header's button, from the keyboard.
    await popup.evaluate(() => (document.querySelector('header.top button.link') as HTMLElement | null)?.focus());
    await popup.press('Enter');
    await waitForSelector(popup, 'li.contract button');
    await popup.close();
  });
});
