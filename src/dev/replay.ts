// `npm run --silent replay -- <scenario.json> [--browser chromium|firefox]`: the real built
// extension, in a real browser, over a sequence of saved Upwork pages served at their real URLs.
// Prints what the extension then holds (DESIGN.md, command 3).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import type { StateDump } from '../protocol/views';
import { ensureBuilt } from './build';
import { runCommand, log, takeOption } from './cli';
import { type BrowserName, launchExtension } from './harness';
import { bannerState, waitForScopeGuard } from './harness/upwork-tab';

const scenarioSchema = v.object({
  steps: v.pipe(
    v.array(
      v.object({
        url: v.pipe(v.string(), v.startsWith('https://www.upwork.com/', 'a step URL must be on https://www.upwork.com/')),
        html: v.pipe(v.string(), v.minLength(1)),
      }),
    ),
    v.minLength(1, 'a scenario needs at least one step'),
  ),
});

export interface ReplayStep {
  url: string;
  banner: { shown: boolean; text: string };
  /** How the extension took the page in: ready, ignored (not a contract page), error, or timeout. */
  status: string;
}

export interface ReplayResult {
  steps: ReplayStep[];
  contracts: (StateDump['contracts'][number] & { warnings: { kind: string; quote: string | null; since: string }[] })[];
}

export async function replay(scenarioPath: string, browserName: BrowserName, options: { build?: boolean } = {}): Promise<ReplayResult> {
  let scenarioJson: unknown;
  try {
    scenarioJson = JSON.parse(readFileSync(scenarioPath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read scenario ${scenarioPath}: ${(error as Error).message}`);
  }
  const parsed = v.safeParse(scenarioSchema, scenarioJson);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`Scenario ${scenarioPath} is not valid: ${issue.path?.map((p) => p.key).join('.') ?? ''} ${issue.message}`);
  }
  const base = dirname(resolve(scenarioPath));
  const pages = parsed.output.steps.map((step) => {
    const file = resolve(base, step.html);
    try {
      return { url: step.url, html: readFileSync(file, 'utf8') };
    } catch {
      throw new Error(`Scenario step ${step.url}: cannot read ${file}`);
    }
  });

  if (options.build !== false) ensureBuilt([browserName === 'chromium' ? 'chrome' : 'firefox']);
  const session = await launchExtension(browserName);
  try {
    const steps: ReplayStep[] = [];
    const tab = await session.newTab();
    for (const [index, page] of pages.entries()) {
      log(`step ${index + 1}/${pages.length}: ${page.url}`);
      session.serve(page.url, page.html);
      await tab.goto(page.url);
      let status: string;
      try {
        status = await waitForScopeGuard(tab, 25_000);
      } catch {
        status = 'timeout';
        log(`step ${index + 1}: Scope Guard did not report on ${page.url} in time`);
      }
      steps.push({ url: page.url, banner: await bannerState(tab), status });
    }
    const dump = await session.call<StateDump>('state.dump', {});
    if (!dump.ok || !dump.value) throw new Error(`The extension did not answer: ${dump.error ?? 'no reply'}`);
    return { steps, contracts: dump.value.contracts };
  } finally {
    await session.close();
  }
}

if (process.argv[1]?.endsWith('replay.ts')) {
  void runCommand(async () => {
    const { value: browserOption, rest } = takeOption(process.argv.slice(2), 'browser');
    const browserName = (browserOption ?? 'chromium') as BrowserName;
    if (browserName !== 'chromium' && browserName !== 'firefox') throw new Error(`--browser must be chromium or firefox, not ${browserName}`);
    const [scenario, ...extra] = rest;
    if (!scenario || extra.length) throw new Error('usage: npm run --silent replay -- <scenario.json> [--browser chromium|firefox]');
    const result = await replay(scenario, browserName);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  });
}
