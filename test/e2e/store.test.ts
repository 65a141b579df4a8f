// The store loses nothing and records nothing twice, in real browsers: pages read again and in two
// tabs at once, a service worker stopped in the middle of a burst of readings or after every
// message, a worker woken from idle, a browser restarted on the same profile, export -> delete ->
// import, and Firefox's event page unloaded between readings.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomPage } from '../../src/dev/page-builder';
import { type BrowserName, type ExtensionSession, type TabHandle, launchExtension } from '../../src/dev/harness';
import { openUpworkPage, waitForScopeGuard } from '../../src/dev/harness/upwork-tab';
import { replay } from '../../src/dev/replay';
import type { ContractsListView } from '../../src/protocol/views';
import { BROWSERS } from './browsers';
import {
  checkOnce,
  contractPage,
  dump,
  expectedMessageIds,
  roomSpec,
  roomUrl,
  timelines,
  waitForMessages,
  workroomUrl,
} from './store-pages';

const log = (line: string) => process.stderr.write(`[store e2e] ${line}\n`);

async function readBoth(session: ExtensionSession, contractId: string, roomId: string, messages: number, tab?: TabHandle): Promise<TabHandle> {
  const first = await openUpworkPage(session, workroomUrl(contractId), contractPage(contractId), tab);
  expect(first.status).toBe('ready');
  const second = await openUpworkPage(session, roomUrl(roomId), roomPage(roomSpec(roomId, contractId, messages)), first.tab);
  expect(second.status).toBe('ready');
  return second.tab;
}


describe('store in chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension('chromium');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the same pages read twice, and in two tabs at once for many rounds, give each event once', async () => {
    const contractId = '41000001';
    const roomId = 'room_a1000001';
    const tab = await readBoth(session, contractId, roomId, 40);
    await readBoth(session, contractId, roomId, 40, tab);
    const once = timelines(await dump(session));
    expect(once[contractId]?.filter((line) => line.startsWith('message ')).length).toBe(40);

    const [left, right] = [tab, await session.newTab()];
    const rounds = 8;
    for (let round = 1; round <= rounds; round++) {
      // Each round the room shows 10 more messages, and both tabs load it at the same moment.
      const count = 40 + round * 10;
      session.serve(roomUrl(roomId), roomPage(roomSpec(roomId, contractId, count)));
      session.serve(workroomUrl(contractId), contractPage(contractId));
      const url = round % 2 === 0 ? workroomUrl(contractId) : roomUrl(roomId);
      await Promise.all([left.goto(url), right.goto(url)]);
      expect(await Promise.all([waitForScopeGuard(left), waitForScopeGuard(right)])).toEqual(['ready', 'ready']);
      if (url === roomUrl(roomId)) await waitForMessages(session, contractId, roomId, count);
    }
    const state = await dump(session);
    const messages = checkOnce(state).get(contractId) ?? [];
    expect([...messages].sort()).toEqual(expectedMessageIds(roomId, 40 + (rounds - 1) * 10));
    log(`two tabs: ${rounds} rounds, ${state.contracts.find((c) => c.id === contractId)?.events.length} events, each once`);
    await left.close();
    await right.close();
  });

  it('a worker stopped as after 30 s idle wakes for the next reading, the popup list and a dismissal', async () => {
    const contractId = '41000005';
    const roomId = 'room_c1000005';
    await openUpworkPage(session, workroomUrl(contractId), contractPage(contractId));
    await session.stopServiceWorker();
    let started = Date.now();
    const spec = roomSpec(roomId, contractId, 3);
    spec.stories.push({
      kind: 'message',
      id: 'story_c1000005_extra',
      at: 'November 3, 2026 at 10:00 AM',
      author: 'Jamie Client',
      text: 'Could you also add a blog section with categories and comments? It should be quick.',
    });
    const { tab, status } = await openUpworkPage(session, roomUrl(roomId), roomPage(spec));
    expect(status).toBe('ready');
    log(`idle: a reading answered ${Date.now() - started} ms after the worker was stopped`);

    await session.stopServiceWorker();
    started = Date.now();
    const list = await session.call<ContractsListView>('contracts.list', {});
    log(`idle: contracts.list answered ${Date.now() - started} ms after the worker was stopped`);
    expect(list.ok).toBe(true);
    expect(list.value?.contracts.map((c) => c.id)).toContain(contractId);

    const warning = (await dump(session)).contracts.find((c) => c.id === contractId)?.warnings.find((w) => w.kind === 'unpaid_scope');
    expect(warning, 'an unpaid_scope warning to dismiss').toBeDefined();
    await session.stopServiceWorker();
    const dismissed = await session.call('warning.dismiss', { contractId, warningId: warning?.id, reason: 'agreed' });
    expect(dismissed).toMatchObject({ ok: true, value: { dismissed: true } });
    await session.stopServiceWorker();
    const after = (await dump(session)).contracts.find((c) => c.id === contractId);
    expect(after?.warnings.map((w) => w.id)).not.toContain(warning?.id);
    await tab.close();
  });

  it('a "suspend after every message" run of every scenario holds the same as a normal run', async () => {
    const dir = join(import.meta.dirname, '../fixtures/scenarios');
    const scenarios = readdirSync(dir).filter((name) => !name.includes('.'));
    const shape = (result: Awaited<ReturnType<typeof replay>>) => ({
      steps: result.steps.map((s) => [s.status, s.banner.shown]),
      contracts: result.contracts.map((c) => ({
        id: c.id,
        warnings: c.warnings.map((w) => `${w.kind} ${w.since} ${w.quote}`).sort(),
        // Times of observation differ from run to run; page times and ids do not.
        events: c.events.map((e) => `${e.kind} ${e.id} ${e.atSource === 'observed' ? '' : e.at}`).sort(),
      })),
    });
    let events = 0;
    for (const name of scenarios) {
      const path = join(dir, name, 'scenario.json');
      delete process.env.SCOPE_GUARD_SUSPEND_EVERY_MESSAGE;
      const normal = shape(await replay(path, 'chromium', { build: false }));
      process.env.SCOPE_GUARD_SUSPEND_EVERY_MESSAGE = '1';
      try {
        const suspended = shape(await replay(path, 'chromium', { build: false }));
        expect(suspended, name).toEqual(normal);
      } finally {
        delete process.env.SCOPE_GUARD_SUSPEND_EVERY_MESSAGE;
      }
      events += normal.contracts.reduce((sum, c) => sum + c.events.length, 0);
    }
    log(`suspend mode: ${scenarios.length} scenarios, ${events} events, same with the worker stopped after every reply`);
  });

  it('counts the stops of suspend mode', async () => {
    const suspended = await launchExtension('chromium', { suspendEveryMessage: true });
    try {
      const contractId = '41000006';
      const tab = await readBoth(suspended, contractId, 'room_d1000006', 12);
      const list = await suspended.call<ContractsListView>('contracts.list', {});
      expect(list.value?.contracts.map((c) => c.id)).toEqual([contractId]);
      expect(checkOnce(await dump(suspended)).get(contractId)).toHaveLength(12);
      // At least: two pages reported, and two calls answered.
      expect(suspended.workerStops()).toBeGreaterThanOrEqual(4);
      log(`suspend mode: ${suspended.workerStops()} stops for 2 pages and 2 calls`);
      await tab.close();
    } finally {
      await suspended.close();
    }
  });
});

describe.each(BROWSERS)('store across restarts and files in %s', (browserName: BrowserName) => {
  it('keeps every timeline across a browser restart on the same profile', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), `scope-guard-restart-${browserName}-`));
    try {
      const first = await launchExtension(browserName, { profileDir, keepProfile: true });
      let before: Record<string, string[]>;
      try {
        await readBoth(first, '41000010', 'room_e1000010', 25);
        before = timelines(await dump(first));
        expect(Object.keys(before)).toEqual(['41000010']);
      } finally {
        await first.close();
      }
      const second = await launchExtension(browserName, { profileDir, keepProfile: true });
      try {
        log(`${browserName} restart: origin ${first.extensionOrigin} then ${second.extensionOrigin}`);
        expect(timelines(await dump(second))).toEqual(before);
        // And it keeps recording: the same pages add nothing, new messages are added once.
        await readBoth(second, '41000010', 'room_e1000010', 30);
        const after = checkOnce(await dump(second));
        expect([...(after.get('41000010') ?? [])].sort()).toEqual(expectedMessageIds('room_e1000010', 30));
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('export -> delete -> import gives back the same timelines', async () => {
    const session = await launchExtension(browserName);
    try {
      await readBoth(session, '41000020', 'room_f1000020', 15);
      await readBoth(session, '41000021', 'room_f1000021', 5);
      const before = timelines(await dump(session));
      const exported = await session.call<{ json: string }>('data.export', {});
      expect(exported.ok).toBe(true);
      expect(await session.call('data.delete', { confirm: true })).toMatchObject({ ok: true });
      expect((await dump(session)).contracts).toEqual([]);
      const imported = await session.call('data.import', { json: exported.value?.json });
      expect(imported).toMatchObject({ ok: true, value: { contracts: 2, events: Object.values(before).flat().length } });
      expect(timelines(await dump(session))).toEqual(before);
      // Importing the same file again adds nothing.
      expect(await session.call('data.import', { json: exported.value?.json })).toMatchObject({ ok: true, value: { contracts: 0, events: 0 } });
      expect(timelines(await dump(session))).toEqual(before);
    } finally {
      await session.close();
    }
  });
});

describe('store in firefox with a 2 s background idle timeout', () => {
  it('loses nothing when the event page is unloaded between readings', async () => {
    const session = await launchExtension('firefox', { firefoxIdleTimeoutSeconds: 2 });
    try {
      const contractId = '41000030';
      const roomId = 'room_g1000030';
      const tab = await session.newTab();
      for (let step = 1; step <= 4; step++) {
        await readBoth(session, contractId, roomId, step * 5, tab);
        // Past the idle timeout: Firefox unloads the background before the next reading.
        await new Promise((resolve) => setTimeout(resolve, 3500));
      }
      const list = await session.call<ContractsListView>('contracts.list', {});
      expect(list.value?.contracts.map((c) => c.id)).toEqual([contractId]);
      expect([...(checkOnce(await dump(session)).get(contractId) ?? [])].sort()).toEqual(expectedMessageIds(roomId, 20));
      await tab.close();
    } finally {
      await session.close();
    }
  });
});
