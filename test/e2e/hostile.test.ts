// Hostile page content through the real extension: a client's messages and a contract's titles
// carrying markup, script URLs, bidirectional overrides, invisible and broken characters, texts of
// megabytes and nesting 10,000 deep. Nothing may run (no dialog, no global set, no CSP violation in
// the extension's pages), the words must show as words (banner, popup, exports), what is stored is
// capped with the cap visible, and the page must keep responding while Scope Guard reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, type TabHandle, waitFor } from '../../src/dev/harness';
import { bannerState, openUpworkPage } from '../../src/dev/harness/upwork-tab';
import { type RoomSpec, type WorkroomSpec, escapeHtml, roomPage, workroomPage } from '../../src/dev/page-builder';
import { BROWSERS } from './browsers';

/** Each payload, if it ever ran, sets window.__pwned and opens a dialog. */
const run = (name: string) => `window.__pwned='${name}';alert('${name}')`;
const P = {
  script: `<script>${run('script')}</script>`,
  img: `<img src=x onerror="${run('img')}">`,
  link: `<a href="javascript:${run('link')}">open the brief</a>`,
  bareLink: `javascript:${run('bare')}//`,
  svg: `<svg onload="${run('svg')}"><circle r=5 /></svg>`,
  style: `</style><script>${run('style')}</script><style>`,
  iframe: `"><iframe srcdoc="<script>parent.${run('iframe')}</script>"></iframe>`,
  template: `{{constructor.constructor('${run('template')}')()}}`,
  bidi: '\u202Eexe.ngised_ogol\u202C',
  zeroWidth: 'lo\u200Bgo\u200C de\u200Dsign\uFEFF',
  lone: 'broken \uD800 pair \uDFFF here',
  formula: `=HYPERLINK("https://evil.example","${'click'}")`,
};
const TITLE = `Logo design ${P.script} ${P.bidi} ${P.zeroWidth}`;
const CLIENT = `Mallory ${P.img}`;
const FREELANCER = 'Ana Souza';
/** The readers drop invisible format characters (bidi overrides, zero-width space, BOM: src/upwork/text.ts). */
const read = (text: string) => text.replace(/[\u200B\u200E\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g, '');

const workroom: WorkroomSpec = {
  contractId: '41000001',
  title: TITLE,
  clientName: CLIENT,
  freelancerName: FREELANCER,
  type: 'fixed',
  budget: '$900.00',
  startedOn: 'Nov 2, 2026',
  status: 'Active',
  milestones: [
    { title: `Concepts ${P.svg}`, amount: '$300.00', due: 'Nov 10, 2026', status: 'Paid', statusDate: 'Nov 12, 2026' },
    { title: `Final files ${P.style} ${P.lone}`, amount: '$600.00', due: 'Nov 30, 2026', status: 'Submitted for review', statusDate: 'Nov 20, 2026' },
  ],
};

const room: RoomSpec = {
  roomId: 'room_h0511e',
  contractId: workroom.contractId,
  otherParty: CLIENT,
  subtitle: `Mallory Inc · ${TITLE}`,
  freelancerName: FREELANCER,
  stories: [
    { kind: 'message', id: 'story_h1', at: 'November 20, 2026 at 9:01 AM', author: FREELANCER, text: 'Hi, the final files are ready for your review.' },
    { kind: 'message', id: 'story_h2', at: 'November 21, 2026 at 10:12 AM', author: CLIENT, text: `Please also add a login page ${P.img} ${P.script} ${P.bidi}.` },
    { kind: 'message', id: 'story_h3', at: 'November 21, 2026 at 10:13 AM', author: CLIENT, text: `I won't release the payment until the login page ${P.link} ${P.svg} is done.` },
    { kind: 'message', id: 'story_h4', at: 'November 21, 2026 at 10:14 AM', author: CLIENT, text: `${P.formula} also ${P.style} ${P.iframe} ${P.template} ${P.bareLink} ${P.zeroWidth} ${P.lone}` },
  ],
};

const WORKROOM_URL = `https://www.upwork.com/nx/wm/workroom/${workroom.contractId}/overview`;
const ROOM_URL = `https://www.upwork.com/ab/messages/rooms/${room.roomId}?sidebar=true`;

/** A timer in the page's own world records when it ran: a long gap is a page that hung. */
const HEARTBEAT = `<script>window.__beats=[];(function beat(){window.__beats.push(performance.now());setTimeout(beat,20)})();</script>`;
const withHeartbeat = (html: string) => html.replace('<head>', `<head>${HEARTBEAT}`);

/** What a page or extension page would show if any payload had run or become markup. */
async function damage(tab: TabHandle): Promise<{ pwned: unknown; elements: string[]; violations: string[] }> {
  return tab.evaluate(() => {
    const elements: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const node of root.querySelectorAll('img[src="x"], img[onerror], svg[onload], iframe, [srcdoc], a[href^="javascript:" i], script:not([src])')) {
        // The heartbeat is the test's own script.
        if (node.localName === 'script' && node.textContent?.startsWith('window.__beats')) continue;
        elements.push(node.outerHTML.slice(0, 80));
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    const w = window as unknown as { __pwned?: unknown; __violations?: string[] };
    return { pwned: w.__pwned ?? null, elements, violations: w.__violations ?? [] };
  });
}

/** RFC 4180 cells: quoted fields with doubled quotes, rows ended by CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      (rows.at(-1) as string[]).push(cell);
      cell = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      (rows.at(-1) as string[]).push(cell);
      cell = '';
      rows.push([]);
    } else cell += c;
  }
  if (cell) (rows.at(-1) as string[]).push(cell);
  return rows.filter((row) => row.length > 0);
}

const CLEAN = { pwned: null, elements: [], violations: [] };

/** Extension pages report CSP violations to this list from the moment it is installed. */
async function watchViolations(tab: TabHandle): Promise<void> {
  await tab.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

async function longestGap(tab: TabHandle, from: number): Promise<number> {
  return tab.evaluate((start: number) => {
    const beats = (window as unknown as { __beats: number[] }).__beats.filter((t) => t >= start);
    beats.push(performance.now());
    let gap = 0;
    for (let i = 1; i < beats.length; i++) gap = Math.max(gap, (beats[i] as number) - (beats[i - 1] as number));
    return gap;
  }, from);
}

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs nothing from hostile titles and messages, and shows them as text in the banner, popup and exports', async () => {
    const first = await openUpworkPage(session, WORKROOM_URL, withHeartbeat(workroomPage(workroom)));
    expect(first.status).toBe('ready');
    const { tab, status } = await openUpworkPage(session, ROOM_URL, withHeartbeat(roomPage(room)));
    expect(status).toBe('ready');

    // The banner: the client's words, as words.
    const banner = await waitFor(
      async () => {
        const state = await bannerState(tab);
        return state.shown && state.text.includes('login page') ? state : null;
      },
      20_000,
      'the banner with the client’s words',
    );
    expect(banner.text).toContain(`<a href="javascript:${run('link')}">`);
    expect(banner.text).toContain(`<svg onload="${run('svg')}">`);
    // The markers beside the messages hold the same words, also as text.
    const markerTips = await tab.evaluate(() =>
      [...document.querySelectorAll('scope-guard-marker')].map((m) => m.shadowRoot?.textContent ?? ''),
    );
    expect(markerTips.length).toBeGreaterThan(0);
    expect(markerTips.join(' ')).toContain('<img src=x onerror=');
    for (const page of [first.tab, tab]) {
      expect(await damage(page)).toEqual(CLEAN);
      expect(page.dialogs).toEqual([]);
    }

    // The popup: the list and the contract's detail.
    const popup = await session.openExtensionPage('src/popup/index.html');
    await watchViolations(popup);
    const listed = await popup.evaluate(async () => {
      for (let i = 0; i < 100 && !document.querySelector('li.contract'); i++) await new Promise((r) => setTimeout(r, 50));
      const item = document.querySelector('li.contract');
      return { name: item?.querySelector('.name')?.textContent ?? null, meta: item?.querySelector('.meta')?.textContent ?? '' };
    });
    expect(listed.name).toBe(read(TITLE));
    expect(listed.name).not.toContain('\u202E');
    expect(listed.meta).toContain(read(CLIENT));
    const detail = await popup.evaluate(async () => {
      (document.querySelector('li.contract button') as HTMLButtonElement).click();
      for (let i = 0; i < 100 && !document.querySelector('section[data-contract-id] h2'); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      return { title: document.querySelector('section[data-contract-id] h2')?.textContent ?? null, text: document.body.textContent ?? '' };
    });
    expect(detail.title).toBe(read(TITLE));
    expect(detail.text).toContain('<img src=x onerror=');
    expect(detail.text).toContain('exe.ngised_ogol');
    expect(detail.text).not.toContain('\u202E');
    expect(await damage(popup)).toEqual(CLEAN);
    expect(popup.dialogs).toEqual([]);

    const options = await session.openExtensionPage('src/options/index.html');
    await watchViolations(options);
    await new Promise((r) => setTimeout(r, 500));
    expect(await damage(options)).toEqual(CLEAN);
    expect(options.dialogs).toEqual([]);

    // The exports: Markdown escapes every markup character, CSV defuses formulas, JSON keeps the data.
    const markdown = await session.call<{ text: string }>('contract.exportTimeline', { contractId: workroom.contractId, format: 'markdown' });
    expect(markdown.ok).toBe(true);
    const md = markdown.value?.text ?? '';
    expect(md).toContain('login page');
    // Every "<" of the page text is escaped, so no renderer sees a tag.
    expect(md).not.toMatch(/(?<!\\)<(script|img|svg|iframe|a|style)\b/i);
    expect(md).not.toMatch(/\]\(javascript:/i);
    expect(md).toContain('\\<img src\\=x onerror\\=');
    const csv = await session.call<{ text: string }>('contract.exportTimeline', { contractId: workroom.contractId, format: 'csv' });
    expect(csv.ok).toBe(true);
    const cells = parseCsv(csv.value?.text ?? '').flat();
    expect(cells.some((cell) => cell.includes('<img src=x onerror='))).toBe(true);
    // No cell starts a formula: the client's "=HYPERLINK(" message is kept, defused.
    expect(cells.some((cell) => cell.startsWith("'=HYPERLINK("))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const json = await session.call<{ json: string }>('data.export', {});
    const data = JSON.parse(json.value?.json ?? '{}') as { contracts: { id: string; contract: { title: string; clientName: string } }[]; events: { message?: { text: string } }[] };
    const stored = data.contracts.find((c) => c.id === workroom.contractId);
    expect(stored?.contract.title).toBe(read(TITLE));
    expect(stored?.contract.clientName).toBe(read(CLIENT));
    const texts = data.events.flatMap((e) => (e.message ? [e.message.text] : []));
    expect(texts).toContain(read(room.stories[1]?.text ?? ''));

    // Nothing ran anywhere in the meantime.
    for (const page of [first.tab, tab, popup, options]) expect(await damage(page)).toEqual(CLEAN);
    expect([first.tab, tab, popup, options].flatMap((p) => p.dialogs)).toEqual([]);
    await Promise.all([popup.close(), options.close(), tab.close(), first.tab.close()]);
  });

  it('caps a 1 MB and a 10 MB message with the cap visible, and the page keeps responding while it is read', async () => {
    const oneMb = `Please also add a pricing page. ${'lorem ipsum '.repeat(87_382)}`;
    const tenMb = `Could you also add a blog section? ${'dolor sit amet '.repeat(699_051)}`;
    const big: RoomSpec = {
      roomId: 'room_big10mb',
      otherParty: 'Bea Long',
      subtitle: 'Long Ltd · Catalogue',
      freelancerName: FREELANCER,
      stories: [
        { kind: 'message', id: 'story_big1', at: 'November 21, 2026 at 10:12 AM', author: 'Bea Long', text: oneMb },
        { kind: 'message', id: 'story_big2', at: 'November 21, 2026 at 10:13 AM', author: 'Bea Long', text: tenMb },
      ],
    };
    expect(tenMb.length).toBeGreaterThan(10_000_000);
    const url = `https://www.upwork.com/ab/messages/rooms/${big.roomId}`;
    session.serve(url, withHeartbeat(roomPage(big)));
    const tab = await session.newTab();
    await tab.goto(url);
    const start = await tab.evaluate(() => performance.now());
    await waitFor(() => tab.evaluate(() => (document.querySelector('scope-guard-root') as HTMLElement | null)?.dataset.status === 'ready'), 60_000, 'the 10 MB room read');
    const gap = await longestGap(tab, start);
    console.log(`${browserName}: longest gap in the page's timer while Scope Guard read a 10 MB room: ${Math.round(gap)} ms`);
    expect(gap).toBeLessThan(2000);

    const dump = await session.call<{ contracts: { id: string; events: { message?: { id: string; text: string } }[] }[] }>('state.dump', {});
    const events = dump.value?.contracts.find((c) => c.id === big.roomId)?.events ?? [];
    const text = (id: string) => events.find((e) => e.message?.id === id)?.message?.text ?? '';
    expect(text('story_big1')).toMatch(/ … \[Scope Guard kept the first 20,000 of 1,048,6\d\d characters\]$/);
    expect(text('story_big2')).toMatch(/ … \[Scope Guard kept the first 20,000 of 10,485,\d{3} characters\]$/);
    expect(text('story_big2').length).toBeLessThanOrEqual(20_080);
    // The cap is visible where the freelancer reads the timeline too.
    const md = await session.call<{ text: string }>('contract.exportTimeline', { contractId: big.roomId, format: 'markdown' });
    expect(md.value?.text).toContain('Scope Guard kept the first 20,000 of 10,485,');
    expect(await damage(tab)).toEqual(CLEAN);
    await tab.close();
  });

  it('reads a page nested 10,000 elements deep without hanging or failing', async () => {
    const deep: RoomSpec = {
      roomId: 'room_deep10k',
      otherParty: 'Dee Nest',
      subtitle: 'Nest Co · Site',
      freelancerName: FREELANCER,
      stories: [{ kind: 'message', id: 'story_deep1', at: 'November 21, 2026 at 10:12 AM', author: 'Dee Nest', text: 'Please also add a contact form. MARK' }],
    };
    const depth = 10_000;
    // As markup (the HTML parser caps how deep it nests) and as DOM built by a script (which it
    // does not). Chromium's own renderer crashes on a script-built DOM about 3,000 deep, with or
    // without any extension (checked with a bare Chromium), so there the script goes 2,000 deep.
    const scriptDepth = browserName === 'chromium' ? 2_000 : depth;
    const nested = `${'<div class="wrap">'.repeat(depth)}<p>${escapeHtml('deep text')}</p>${'</div>'.repeat(depth)}`;
    const builder = `<script>(function(){var n=document.getElementById('story_deep1');for(var i=0;i<${scriptDepth};i++){var d=document.createElement('div');n.appendChild(d);n=d;}n.textContent='deeper text';})();</script>`;
    const html = withHeartbeat(roomPage(deep))
      .replace('MARK</p>', `MARK</p>${nested}`)
      .replace('</body>', `${builder}</body>`);
    const url = `https://www.upwork.com/ab/messages/rooms/${deep.roomId}`;
    session.serve(url, html);
    const tab = await session.newTab();
    await tab.goto(url);
    const start = await tab.evaluate(() => performance.now());
    const depthReached = await tab.evaluate(() => {
      let d = 0;
      // Follow the script-built chain, not Scope Guard's marker (which may already sit after it).
      const last = (n: Element) => [...n.children].reverse().find((c) => c.tagName !== 'SCOPE-GUARD-MARKER') ?? null;
      for (let n: Element | null = document.getElementById('story_deep1'); n; n = last(n)) d++;
      return d;
    });
    expect(depthReached).toBeGreaterThanOrEqual(scriptDepth);
    await waitFor(() => tab.evaluate(() => (document.querySelector('scope-guard-root') as HTMLElement | null)?.dataset.status === 'ready'), 60_000, 'the deep room read');
    expect(await longestGap(tab, start)).toBeLessThan(2000);
    const dump = await session.call<{ contracts: { id: string; events: { message?: { id: string; text: string } }[] }[] }>('state.dump', {});
    const message = dump.value?.contracts.find((c) => c.id === deep.roomId)?.events.find((e) => e.message?.id === 'story_deep1')?.message;
    expect(message?.text).toContain('Please also add a contact form.');
    expect(tab.consoleErrors.filter((e) => /Scope Guard|recursion|call stack/i.test(e))).toEqual([]);
    await tab.close();
  });
});
