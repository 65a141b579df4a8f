// `npm run bench`: the performance figures of the real built extension (issue 9). Runs headless
// Chromium and Firefox on generated pages of growing size, several rounds each, prints a table
// (median, min, max, the floor measured in the same run, the target and whether it is met) and
// writes bench/results.json. Not part of `npm test`: it takes a few minutes.
// `--only banner,store` runs only those groups (size, detector, reading, banner, impact, store),
// and writes bench/results-<groups>.json instead, so a partial run never replaces the full table.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build';
import { log, runCommand, takeOption } from './cli';
import { waitFor } from './harness';
import { launchFirefox } from './harness/firefox';
import { buildCopy } from './bench/build-copy';
import { type BenchChromium, launchBenchChromium } from './bench/chromium';
import { corpusTexts, detectorScript, nodeThroughput, pageThroughput } from './bench/detector';
import { benchRoomPage, benchWorkroomPage, roomUrl, workroomUrl } from './bench/pages';
import { type BenchTab, floor, incremental, readings, waitForReading } from './bench/reading';
import { bundleSizes } from './bench/size';
import { generatedExport } from './bench/store';

const ROOM_SIZES = [100, 1000, 5000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const INCREMENTAL_ROUNDS = 7;
const GROUPS = ['size', 'detector', 'reading', 'banner', 'impact', 'store'] as const;
type Group = (typeof GROUPS)[number];
const only = takeOption(process.argv.slice(2), 'only').value;
const chosen = new Set<Group>(only ? (only.split(',') as Group[]) : GROUPS);
for (const group of chosen) if (!GROUPS.includes(group)) throw new Error(`--only: unknown group "${group}" (one of ${GROUPS.join(', ')})`);
const wants = (group: Group) => chosen.has(group);

interface Figure {
  figure: string;
  browser: 'chromium' | 'firefox' | 'node' | 'build';
  unit: string;
  samples: number[];
  /** The floor measured beside each sample, when the figure has one. */
  floors?: number[];
  target?: string;
  /** Whether the target is met; null where the figure has none. */
  meets?: boolean | null;
}

const figures: Figure[] = [];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const add = (figure: Figure) => {
  figures.push(figure);
  log(`bench: ${figure.browser} ${figure.figure}: median ${median(figure.samples).toFixed(2)} ${figure.unit}${figure.floors ? ` (floor ${median(figure.floors).toFixed(2)})` : ''}`);
};
const ratio = (f: Figure) => (f.floors ? median(f.samples) / median(f.floors) : null);

const pageTab = (page: Page): BenchTab => ({ evaluate: (fn, arg) => page.evaluate(fn as never, arg as never), close: () => page.close() });

async function readingFigures(browser: 'chromium' | 'firefox', open: (url: string, html: string) => Promise<BenchTab>): Promise<void> {
  const cases: { name: string; url: string; html: string; room?: number }[] = [
    ...ROOM_SIZES.map((size) => ({ name: `read room of ${size.toLocaleString('en-US')} messages`, url: roomUrl(size), html: benchRoomPage(size), room: size })),
    { name: 'read workroom of 50 milestones', url: workroomUrl('39900050'), html: benchWorkroomPage('39900050', 50) },
  ];
  const incrementalCost: Record<string, number[]> = {};
  for (const c of cases) {
    const samples: number[] = [];
    const floors: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const tab = await open(c.url, c.html);
      await waitForReading(tab);
      // A long room's first reading comes in slices: their sum is the cost of reading it.
      samples.push((await readings(tab)).reduce((sum, d) => sum + d, 0));
      floors.push(await floor(tab));
      if (round === 0 && c.room) {
        // Steady state: the first visit's answer (banner, markers) and the garbage collection after
        // loading a long page are not the cost of reading 20 new messages.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const { appended, prepended } = await incremental(tab, c.room, INCREMENTAL_ROUNDS);
        incrementalCost[`append ${c.room}`] = appended;
        incrementalCost[`prepend ${c.room}`] = prepended;
      }
      await tab.close();
    }
    const figure: Figure = { figure: c.name, browser, unit: 'ms', samples, floors, target: '<= 3x floor' };
    figure.meets = (ratio(figure) ?? 0) <= 3;
    add(figure);
  }
  for (const where of ['append', 'prepend'] as const) {
    const smallest = median(incrementalCost[`${where} ${ROOM_SIZES[0]}`] ?? [0]);
    for (const size of ROOM_SIZES) {
      const samples = incrementalCost[`${where} ${size}`] ?? [];
      const figure: Figure = {
        figure: `20 messages ${where === 'append' ? 'appended' : 'prepended'}, room of ${size.toLocaleString('en-US')}`,
        browser,
        unit: 'ms',
        samples,
        floors: samples.map(() => smallest),
        target: `flat: <= 1.5x the room of ${ROOM_SIZES[0]}`,
      };
      // Below the timers' resolution (0.1 ms Chromium, 1 ms Firefox) a ratio says nothing.
      const resolution = browser === 'firefox' ? 1 : 0.1;
      figure.meets = median(samples) <= Math.max(1.5 * smallest, smallest + 2 * resolution);
      add(figure);
    }
  }
}

async function chromiumImpact(withExtension: BenchChromium, without: BenchChromium): Promise<void> {
  const size = 5000;
  const url = roomUrl(size);
  const html = benchRoomPage(size);
  const run = async (browser: BenchChromium, extension: boolean) => {
    browser.serve(url, html);
    const page = await browser.open(url);
    const tab = pageTab(page);
    if (extension) await waitForReading(tab);
    else await page.waitForLoadState('load');
    // Scroll the room up and down, as someone reading it.
    for (let i = 0; i <= 10; i++) {
      await page.evaluate((step) => {
        const viewport = document.querySelector('#story-viewport') as HTMLElement;
        viewport.scrollTop = (viewport.scrollHeight * (step % 2 ? step : 10 - step)) / 10;
      }, i);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    }
    if (extension) await waitFor(() => page.evaluate(() => (window as unknown as { __bench: { shownAt: number | null } }).__bench.shownAt !== null), 60_000, 'the banner');
    const probe = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { longtasks: { start: number; duration: number }[]; shownAt: number | null } }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const reads = performance.getEntriesByName('scope-guard:read').map((e) => ({ start: e.startTime, end: e.startTime + e.duration }));
      const ours = bench.longtasks.filter((t) => reads.some((r) => r.start < t.start + t.duration && r.end > t.start));
      return {
        longest: Math.max(0, ...bench.longtasks.map((t) => t.duration)),
        ours: Math.max(0, ...ours.map((t) => t.duration)),
        count: bench.longtasks.length,
        banner: bench.shownAt === null ? null : bench.shownAt - nav.domContentLoadedEventEnd,
      };
    });
    const heap = await browser.heapUsed(page);
    await page.close();
    return { ...probe, heap };
  };
  const samples: Awaited<ReturnType<typeof run>>[] = [];
  const bare: Awaited<ReturnType<typeof run>>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    samples.push(await run(withExtension, true));
    bare.push(await run(without, false));
  }
  add({ figure: 'longest long task overlapping a reading, room of 5,000 (load + scroll)', browser: 'chromium', unit: 'ms', samples: samples.map((s) => s.ours), target: '<= 50 ms', meets: median(samples.map((s) => s.ours)) <= 50 });
  add({ figure: 'longest long task, room of 5,000, with the extension', browser: 'chromium', unit: 'ms', samples: samples.map((s) => s.longest), floors: bare.map((s) => s.longest), target: 'floor: same page without the extension', meets: null });
  add({ figure: 'banner shown after DOMContentLoaded, room of 5,000 served with its messages (first visit, then known)', browser: 'chromium', unit: 'ms', samples: samples.map((s) => s.banner ?? Number.NaN), target: '<= 50 ms', meets: median(samples.map((s) => s.banner ?? Number.POSITIVE_INFINITY)) <= 50 });
  add({ figure: 'page heap after reading 5,000 messages (CDP Runtime.getHeapUsage after GC)', browser: 'chromium', unit: 'MB', samples: samples.map((s) => s.heap / 1e6), floors: bare.map((s) => s.heap / 1e6), target: 'floor: same page without the extension; difference = content script', meets: null });
}

/** The banner rounds take a second each and vary by a few ms: more of them, at least 11. */
const BANNER_ROUNDS = Math.max(ROUNDS, 11);

/**
 * As Upwork renders a room: the page loads with an empty message list, and the room's stories
 * appear later, all at once (the page's own script stands in for the app rendering what it
 * fetched). From the moment they are in the page to the banner, for a room not seen before: the
 * extension is already running, so this is what a freelancer waits for.
 */
const RENDER_LATER = `<script>(() => {
  const viewport = document.querySelector('#story-viewport');
  const stories = Array.from(viewport.children);
  for (const story of stories) story.remove();
  addEventListener('load', () => setTimeout(() => {
    window.__bench.contentAt = performance.now();
    viewport.append(...stories);
    // The page's own drawing of what it added: the floor, measured without the extension.
    requestAnimationFrame(() => setTimeout(() => { window.__bench.paintedAt = performance.now(); }, 0));
  }, 300));
})();</script>`;

/** The parts of a new-room banner's time, from the content script's User Timing measures. */
const PARTS = {
  wait: 'waiting for the first reading to start',
  read: 'reading the page (content script)',
  store: 'storing and assessing it (round trip to the background)',
  render: 'drawing the banner',
} as const;

/**
 * The banner for a room, contract and messages the store has never seen, each round: from the
 * moment `script` inserts the stories (it sets `__bench.contentAt`), or without one from the
 * served page's DOMContentLoaded.
 */
async function newRoomBanner(browser: BenchChromium, figure: string, idBase: number, script = '', bare: BenchChromium | null = null): Promise<void> {
  const samples: number[] = [];
  // With a browser without the extension: how long the page itself takes to draw the new stories.
  const floors: number[] = [];
  const parts: Record<keyof typeof PARTS, number[]> = { wait: [], read: [], store: [], render: [] };
  for (let round = 0; round < BANNER_ROUNDS; round++) {
    const id = idBase + round;
    const url = roomUrl(id);
    browser.serve(url, benchRoomPage(100, id * 1000, script, id));
    const page = await browser.open(url);
    await waitFor(() => page.evaluate(() => (window as unknown as { __bench: { shownAt: number | null } }).__bench.shownAt !== null), 30_000, 'the banner');
    // The content script's own measures (page-watch.ts) between the content and the banner. A
    // string: tsx would wrap named functions in a helper the page does not have.
    const timing = (await page.evaluate(`(() => {
      const bench = window.__bench;
      const from = bench.contentAt ?? performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
      const within = (name) => performance.getEntriesByName(name).filter((e) => e.startTime >= from - 1 && e.startTime < bench.shownAt);
      const sum = (name) => within(name).reduce((total, e) => total + e.duration, 0);
      const firstRead = within('scope-guard:read')[0];
      return { total: bench.shownAt - from, wait: firstRead ? firstRead.startTime - from : NaN, read: sum('scope-guard:read'), store: sum('scope-guard:store'), render: sum('scope-guard:render') };
    })()`)) as Record<'total' | keyof typeof PARTS, number>;
    samples.push(timing.total);
    for (const key of Object.keys(PARTS) as (keyof typeof PARTS)[]) parts[key].push(timing[key]);
    await page.close();
    if (bare) {
      bare.serve(url, benchRoomPage(100, id * 1000, script, id));
      const plain = await bare.open(url);
      floors.push(
        await waitFor(() => plain.evaluate(() => {
          const bench = (window as unknown as { __bench: { paintedAt?: number; contentAt: number } }).__bench;
          return bench.paintedAt === undefined ? null : bench.paintedAt - bench.contentAt;
        }), 30_000, 'the page drawing its stories'),
      );
      await plain.close();
    }
  }
  add({ figure, browser: 'chromium', unit: 'ms', samples, ...(bare ? { floors } : {}), target: '<= 50 ms', meets: median(samples) <= 50 });
  for (const [key, what] of Object.entries(PARTS) as [keyof typeof PARTS, string][]) {
    add({ figure: `… of which ${what}`, browser: 'chromium', unit: 'ms', samples: parts[key], meets: null });
  }
}

async function storeFigures(browser: BenchChromium): Promise<void> {
  const json = generatedExport(1000, 50);
  const started = performance.now();
  const result = await browser.call<{ contracts: number; events: number }>('data.import', { json });
  add({ figure: `import ${result.contracts} contracts and ${result.events.toLocaleString('en-US')} events (data.import)`, browser: 'chromium', unit: 'ms', samples: [performance.now() - started], meets: null });
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const page = await browser.open(`${browser.extensionOrigin}src/popup/index.html`);
    samples.push(
      await waitFor(() => page.evaluate(() => (window as unknown as { __bench: { warningPaintedAt: number | null } }).__bench.warningPaintedAt), 60_000, 'a warning in the popup'),
    );
    await page.close();
  }
  add({ figure: 'popup: first warning painted, 1,000 contracts / 50,000 events', browser: 'chromium', unit: 'ms', samples, target: '<= 100 ms', meets: median(samples) <= 100 });
}

async function detectorInPage(browser: 'chromium' | 'firefox', open: (url: string, html: string) => Promise<BenchTab>, script: string, texts: string[]): Promise<void> {
  const samples: number[] = [];
  const html = `<!DOCTYPE html><title>detector</title><script>${script.replace(/<\/script/gi, '<\\/script')}</script>`;
  for (let round = 0; round < ROUNDS; round++) {
    const tab = await open(`https://www.upwork.com/bench/detector-${round}`, html);
    samples.push(await tab.evaluate(pageThroughput, [texts, 1500] as [string[], number]));
    await tab.close();
  }
  add({ figure: 'detector throughput in a page, one core', browser, unit: 'msg/s', samples, meets: null });
}

function table(): string {
  const rows = figures.map((f) => {
    const r = ratio(f);
    const fmt = (x: number) => (f.unit === 'msg/s' ? Math.round(x).toLocaleString('en-US') : x >= 100 ? x.toFixed(0) : x.toFixed(2));
    return [
      f.figure,
      f.browser,
      `${fmt(median(f.samples))} ${f.unit}`,
      fmt(Math.min(...f.samples)),
      fmt(Math.max(...f.samples)),
      f.floors ? fmt(median(f.floors)) : '',
      r === null ? '' : Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a (floor under the timer resolution)',
      f.target ?? '',
      f.meets === true ? 'yes' : f.meets === false ? '**MISSES**' : '',
    ];
  });
  const head = ['figure', 'where', 'median', 'min', 'max', 'floor', 'ratio', 'target', 'meets'];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main(): Promise<void> {
  const began = Date.now();
  const chromeDir = buildCopy('chrome');
  const firefoxNeeded = wants('reading') || wants('detector');
  const firefoxDir = firefoxNeeded ? buildCopy('firefox') : null;
  if (wants('size')) {
    const sizes = bundleSizes(chromeDir);
    add({ figure: 'content script injected into every Upwork page, gzip', browser: 'build', unit: 'KB', samples: [sizes.content / 1024], target: '<= 30 KB', meets: sizes.content / 1024 <= 30 });
    add({ figure: 'background, gzip', browser: 'build', unit: 'KB', samples: [sizes.background / 1024], meets: null });
    add({ figure: 'popup (HTML, scripts, styles), gzip', browser: 'build', unit: 'KB', samples: [sizes.popup / 1024], meets: null });
  }

  const texts = corpusTexts();
  if (wants('detector')) {
    // The need is the banner's (issue 15): a new room of 100 messages assessed in a few milliseconds.
    // The earlier 100,000 msg/s goal was dropped with it.
    const nodeRate = [0, 1, 2].map(() => nodeThroughput(texts));
    add({ figure: `detector throughput in Node, one core (${texts.length} corpus messages)`, browser: 'node', unit: 'msg/s', samples: nodeRate, target: '>= 20,000 msg/s (100 messages in 5 ms)', meets: median(nodeRate) >= 20_000 });
  }
  const script = wants('detector') ? await detectorScript() : '';

  const chromium = await launchBenchChromium(true, chromeDir);
  const bare = wants('impact') || wants('banner') ? await launchBenchChromium(false, chromeDir) : null;
  try {
    const open = async (url: string, html: string) => {
      chromium.serve(url, html);
      return pageTab(await chromium.open(url));
    };
    if (wants('reading')) await readingFigures('chromium', open);
    if (wants('banner')) {
      await newRoomBanner(chromium, 'banner shown after DOMContentLoaded, room served with its messages, new room of 100', 0x10000);
      await newRoomBanner(chromium, 'banner shown after the room renders its messages, new room of 100 (floor: the page drawing them)', 0x20000, RENDER_LATER, bare);
    }
    if (bare && wants('impact')) await chromiumImpact(chromium, bare);
    if (wants('detector')) await detectorInPage('chromium', open, script, texts);
    if (wants('store')) await storeFigures(chromium);
  } finally {
    await chromium.close();
    await bare?.close();
  }

  if (firefoxDir) {
    const profile = mkdtempSync(join(tmpdir(), 'scope-guard-bench-firefox-'));
    const firefox = await launchFirefox(firefoxDir, profile, {});
    try {
      const open = async (url: string, html: string): Promise<BenchTab> => {
        firefox.serve(url, html);
        const tab = await firefox.newTab();
        await tab.goto(url);
        return { evaluate: (fn, arg) => tab.evaluate(fn as never, arg), close: () => tab.close() };
      };
      if (wants('reading')) await readingFigures('firefox', open);
      if (wants('detector')) await detectorInPage('firefox', open, script, texts);
    } finally {
      await firefox.close();
      rmSync(profile, { recursive: true, force: true });
    }
    rmSync(firefoxDir, { recursive: true, force: true });
  }
  rmSync(chromeDir, { recursive: true, force: true });

  const meta = { date: new Date().toISOString(), cores: availableParallelism(), rounds: ROUNDS, seconds: Math.round((Date.now() - began) / 1000), ...(only && { only: [...chosen] }) };
  const out = join(ROOT, 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, only ? `results-${[...chosen].join('-')}.json` : 'results.json'),
    `${JSON.stringify({ ...meta, figures: figures.map((f) => ({ ...f, median: median(f.samples), min: Math.min(...f.samples), max: Math.max(...f.samples), floor: f.floors ? median(f.floors) : null, ratio: ratio(f) })) }, null, 1)}\n`,
  );
  process.stdout.write(`Scope Guard benchmark, ${meta.date.slice(0, 10)}, ${meta.cores} cores, ${ROUNDS} rounds, ${meta.seconds} s${only ? `, only ${[...chosen].join(', ')}` : ''}\n\n${table()}\n`);
}

if (process.argv[1]?.endsWith('bench.ts')) void runCommand(main);
