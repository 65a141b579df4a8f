// The in-page banner: a strip in the page's flow above the messages or the workroom's content
// (never over them), one line with the count and the most important warning, opening to one card
// per client message. Inside a shadow root so that the page's styles don't reach it, built with DOM calls only (page text is set as text, never as
// HTML). Markers beside messages live in markers.ts. Actions need a real user gesture
// (`event.isTrusted`), so a page script clicking inside the shadow root does nothing.
import { bugReportFilename, issueTrackerUrl } from '../core/bug-report';
import { formatDate } from '../core/format';
import { groupByMessage, type WarningGroup } from '../core/warning-groups';
import { api as browser } from '../platform/native-api';
import { downloadText } from '../ui/download';
import { bannerPlace } from '../upwork/containers';
import { pageTree } from '../upwork/page-tree';
import type { PageView, WarningView } from '../protocol/views';
import { send } from '../protocol/client';
import { t, tCount, uiLocale } from '../platform/i18n';
import { bannerCss } from './banner-css';
import { el } from './dom';
import { Markers } from './markers';

export const HOST_TAG = 'scope-guard-root';
export type BannerStatus = 'reading' | 'ready' | 'error' | 'ignored';

const MAX_SHOWN = 3;
const SVG_NS = 'http://www.w3.org/2000/svg';
const OPEN_KEY = 'scope-guard:banner-open';
const DISMISS_REASONS = ['dismissReasonAgreed', 'dismissReasonInScope', 'dismissReasonNotScope', 'dismissReasonOther'];

export class Banner {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  /** Folded to its one line unless the freelancer opened it in this tab (kept per tab session). */
  private collapsed = !readOpen();
  private readonly markers: Markers;
  private settings = { banners: true, markers: true };
  private last: { view: PageView; signal: AbortSignal } | null = null;
  private shownKey: string | null = null;
  private markersTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(life: AbortSignal) {
    this.markers = new Markers();
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    life.addEventListener('abort', () => this.remove());
  }

  /** True for nodes that belong to Scope Guard's own UI, so our observer can ignore them. */
  owns(node: Node): boolean {
    return this.host?.contains(node) === true || this.markers.owns(node);
  }

  /** Banners and markers on or off (the options page); applied at once to what is shown. */
  setSettings(settings: { banners: boolean; markers: boolean }): void {
    if (settings.banners === this.settings.banners && settings.markers === this.settings.markers) return;
    this.settings = { banners: settings.banners, markers: settings.markers };
    if (this.last && !this.last.signal.aborted) this.render(this.last.view, this.last.signal);
  }

  setStatus(status: BannerStatus): void {
    this.ensureHost().dataset.status = status;
  }

  reset(): void {
    this.last = null;
    this.shownKey = null;
    clearTimeout(this.markersTimer);
    this.markers.clear();
    if (this.root) this.root.replaceChildren(el('style', {}, bannerCss));
    if (this.host) setShown(this.host, false);
  }

  /** The app re-rendered around the banner: put it back in its place above the content. */
  place(): void {
    if (this.host) placeHost(this.host);
  }

  render(view: PageView, pageSignal: AbortSignal): void {
    this.last = { view, signal: pageSignal };
    const root = this.ensureRoot();
    // The same view again (a refresh after a change elsewhere, a page that re-rendered): leave the
    // card alone, so that a reader's focus, scroll position and chosen reason stay where they are.
    const key = JSON.stringify([view.warnings, view.problems, view.trouble, this.settings.banners]);
    if (key !== this.shownKey || !root.querySelector('section.card')) {
      const focused = describeFocus(root);
      const card = this.buildCard(view);
      const shown = Boolean(card && this.settings.banners);
      root.replaceChildren(el('style', {}, bannerCss), ...(card && shown ? [card] : []));
      setShown(this.host as HTMLElement, shown);
      this.shownKey = key;
      if (focused) restoreFocus(root, focused);
    }
    // The markers beside the messages come in the next task: the banner shows first.
    clearTimeout(this.markersTimer);
    this.markersTimer = setTimeout(() => {
      if (pageSignal.aborted) return;
      if (this.settings.markers) this.markers.render(view.markers, pageSignal);
      else this.markers.clear();
    }, 0);
  }

  showError(message: string): void {
    this.shownKey = null;
    const root = this.ensureRoot();
    root.replaceChildren(
      el('style', {}, bannerCss),
      el('section', { class: 'card problem', role: 'status', 'aria-label': t('extName') }, [
        el('div', { class: 'line' }, [shieldIcon(), el('span', { class: 'top wrap' }, [t('bannerErrorPrefix'), ' ', message])]),
      ]),
    );
    setShown(this.host as HTMLElement, true);
  }

  /** After the extension was updated or disabled: remove everything, leave one small note. */
  showUpdatedNotice(): void {
    clearTimeout(this.markersTimer);
    this.markers.clear();
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const close = el('button', { type: 'button', class: 'toggle', 'aria-label': 'Close' }, '×');
    // The extension context is gone, so this text cannot come from browser.i18n.
    root.append(
      el('style', {}, bannerCss),
      el('section', { class: 'card notice', role: 'status' }, [
        el('div', { class: 'line' }, [
          el('span', { class: 'top wrap' }, 'Scope Guard was updated or turned off. Refresh this page to see its warnings again.'),
          close,
        ]),
      ]),
    );
    close.addEventListener('click', () => host.remove(), { once: true });
    host.dataset.status = 'invalidated';
    for (const node of document.querySelectorAll(HOST_TAG)) node.remove();
    setShown(host, true);
    placeHost(host);
  }

  private remove(): void {
    this.shownKey = null;
    clearTimeout(this.markersTimer);
    this.markers.clear();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const host = this.host ?? document.createElement(HOST_TAG);
    if (!this.host) setShown(host, false);
    placeHost(host);
    this.host = host;
    return host;
  }

  private ensureRoot(): ShadowRoot {
    const host = this.ensureHost();
    if (!this.root) this.root = host.attachShadow({ mode: 'open' });
    return this.root;
  }

  private buildCard(view: PageView): HTMLElement | null {
    if (view.warnings.length === 0 && view.problems.length === 0 && !view.trouble) return null;
    const open = view.warnings.filter((w) => w.severity !== 'info' || view.warnings.length <= 3);
    const groups = groupByMessage(open);
    const shown = groups.slice(0, MAX_SHOWN);
    const hiddenCount = groups.slice(MAX_SHOWN).reduce((n, g) => n + g.warnings.length, 0);
    const count = view.warnings.filter((w) => w.severity !== 'info').length;
    const first = groups[0];
    const lead = first?.warnings[0];
    const problemsOnly = !lead && view.problems.length > 0;
    const bodyId = 'scope-guard-details';
    const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': String(!this.collapsed), 'aria-controls': bodyId }, this.collapsed ? t('bannerShow') : t('bannerHide'));
    // One line: how many, and the most important warning with the client's words.
    const line = el('div', { class: 'line' }, [
      shieldIcon(),
      el('strong', { class: 'count' }, count ? tCount('bannerTitleWarnings', count) : lead ? t('bannerTitleNotes') : problemsOnly ? t('layoutNotRecognised') : t('extName')),
      el('span', { class: 'top' }, lead ? [t(`warning_${lead.kind}`), first.quotes[0] ? `: “${first.quotes[0]}”` : ''] : ''),
      ...(problemsOnly ? [this.saveButton()] : []),
      toggle,
    ]);
    // A folded strip shows at once; its details are built in the next task (or on opening).
    const body = el('div', { class: 'body', id: bodyId, hidden: this.collapsed ? '' : null });
    let filled = false;
    const fill = () => {
      if (filled) return;
      filled = true;
      body.append(
        ...(view.trouble ? [el('p', { class: 'trouble' }, [t('storeTroublePrefix'), ' ', view.trouble.message])] : []),
        ...(view.problems.length
          ? [
              el('div', { class: 'problems', role: 'note' }, [
                ...(problemsOnly ? [] : [el('strong', {}, t('layoutNotRecognised')), ' ', this.saveButton()]),
                el('ul', {}, view.problems.slice(0, 4).map((p) => el('li', {}, p))),
              ]),
            ]
          : []),
        ...shown.map((g) => this.buildGroup(g)),
        ...(hiddenCount ? [el('p', { class: 'more' }, tCount('bannerMore', hiddenCount))] : []),
      );
    };
    if (!this.collapsed) fill();
    else setTimeout(fill, 0);
    const top = count ? 'high' : view.warnings.length ? 'info' : 'problem';
    const card = el('section', { class: `card ${top}`, 'aria-label': t('extName') }, [
      line,
      ...(view.problems.length ? [saveNote()] : []),
      body,
    ]);
    const setCollapsed = (collapsed: boolean) => {
      if (!collapsed) fill();
      this.collapsed = collapsed;
      writeOpen(!collapsed);
      body.toggleAttribute('hidden', collapsed);
      toggle.setAttribute('aria-expanded', String(!collapsed));
      toggle.textContent = collapsed ? t('bannerShow') : t('bannerHide');
    };
    toggle.addEventListener('click', (event) => event.isTrusted && setCollapsed(!this.collapsed));
    // Escape inside the open details folds them and gives focus back to the toggle.
    body.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !event.isTrusted || (event.target as Element).matches('select')) return;
      setCollapsed(true);
      toggle.focus();
    });
    return card;
  }

  /** "Save this page for a bug report": a sanitized copy, downloaded on the freelancer's click. */
  private saveButton(): HTMLElement {
    const button = el('button', { type: 'button', class: 'save', 'aria-describedby': 'scope-guard-save-note' }, t('saveCopy'));
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      pageCopyForBugReport().then(
        ({ filename, html }) => {
          downloadText(filename, html, 'text/html');
          button.textContent = `${t('saveCopyDone')} ✓`;
        },
        (error) => {
          button.textContent = `${t('saveCopyFailed')} ${error instanceof Error ? error.message : String(error)}`;
        },
      );
    });
    return button;
  }

  private buildGroup(group: WarningGroup<WarningView>): HTMLElement {
    return el('article', { class: `message-card ${group.severity}` }, [
      ...(group.quotes.length
        ? [
            el('blockquote', {}, [
              ...group.quotes.map((quote) => el('p', {}, `“${quote}”`)),
              el('footer', {}, t('clientWroteOn', sinceText(group))),
            ]),
          ]
        : []),
      ...group.warnings.map((w) => this.buildWarning(w)),
    ]);
  }

  private buildWarning(warning: WarningView): HTMLElement {
    const reason = el(
      'select',
      { 'aria-label': t('dismissReasonLabel') },
      DISMISS_REASONS.map((key) => el('option', { value: key }, t(key))),
    ) as HTMLSelectElement;
    const dismiss = el('button', { type: 'button', class: 'secondary' }, t('dismiss'));
    const actions: HTMLElement[] = [];
    if (warning.advice.readyMessage) {
      const copy = el('button', { type: 'button', class: 'primary' }, t('copyProposal'));
      const text = warning.advice.readyMessage.text;
      copy.addEventListener('click', async (event) => {
        if (!event.isTrusted) return;
        await navigator.clipboard.writeText(text).then(
          () => (copy.textContent = t('copied')),
          () => (copy.textContent = t('copyFailed')),
        );
      });
      actions.push(copy);
    }
    if (/^\d+$/.test(warning.contractId) && !location.pathname.includes(`/workroom/${warning.contractId}`)) {
      actions.push(
        el('a', { class: 'button secondary', href: `https://www.upwork.com/nx/wm/workroom/${warning.contractId}/overview` }, t('openWorkroom')),
      );
    }
    dismiss.addEventListener('click', async (event) => {
      if (!event.isTrusted) return;
      dismiss.setAttribute('disabled', '');
      await send('warning.dismiss', { contractId: warning.contractId, warningId: warning.id, reason: reason.value }).catch(() =>
        dismiss.removeAttribute('disabled'),
      );
    });
    return el('section', { class: `warning ${warning.severity}`, 'data-kind': warning.kind, 'data-warning-id': warning.id }, [
      el('h3', {}, [el('span', { class: `pill ${warning.severity}` }, t(`severity_${warning.severity}`)), ' ', t(`warning_${warning.kind}`)]),
      el('p', { class: 'summary' }, warning.advice.summary),
      ...(actions.length ? [el('div', { class: 'actions' }, actions)] : []),
      el('div', { class: 'dismiss' }, [reason, dismiss]),
    ]);
  }
}

/** The date the group's first warning stands since, as the background formatted it (building a
 * date format here would cost the page 10–40 ms on every load). */
function sinceText(group: WarningGroup<WarningView>): string {
  return group.warnings.find((w) => w.since === group.since && w.sinceText)?.sinceText ?? formatDate(group.since, uiLocale());
}

/** Whether the freelancer opened the banner in this tab: the tab's sessionStorage, per tab session. */
function readOpen(): boolean {
  try {
    return sessionStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

function writeOpen(open: boolean): void {
  try {
    if (open) sessionStorage.setItem(OPEN_KEY, '1');
    else sessionStorage.removeItem(OPEN_KEY);
  } catch {}
}

/** Shown in the page's flow as a block, or not at all (no empty box, no gap in a flex layout). */
function setShown(host: HTMLElement, shown: boolean): void {
  host.dataset.shown = String(shown);
  host.setAttribute('style', `all: initial; display: ${shown ? 'block' : 'none'};`);
}

function placeHost(host: HTMLElement): void {
  const place = bannerPlace(document, location.href);
  if (!place) {
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    return;
  }
  if (place.before === host || (host.parentNode === place.parent && host.nextSibling === place.before)) return;
  place.parent.insertBefore(host, place.before);
}

/** A sanitized copy of this page (names, words and amounts replaced, a new secret each time),
 * made by the background from the page's structure. */
export async function pageCopyForBugReport(): Promise<{ filename: string; html: string }> {
  const { html } = await send('page.sanitize', { url: location.href, tree: pageTree(document.documentElement) });
  return { filename: bugReportFilename(new Date()), html };
}

/** One line under the save action: what the file holds, that nothing is sent, where it goes. */
function saveNote(): HTMLElement {
  const tracker = issueTrackerUrl(browser.runtime.getManifest().homepage_url);
  const attach = el('a', { target: '_blank', rel: 'noopener noreferrer' }, t('saveCopyAttach'));
  // Not through el()'s href check, which admits Upwork URLs only: this one is the manifest's own.
  if (tracker) attach.setAttribute('href', tracker);
  return el('p', { class: 'note', id: 'scope-guard-save-note' }, [t('saveCopyNote'), ' ', tracker ? attach : t('saveCopyAttach')]);
}

/** The shield of the toolbar icon, drawn with DOM calls (no emoji: not every system has the font). */
function shieldIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'logo');
  svg.setAttribute('aria-hidden', 'true');
  const shield = document.createElementNS(SVG_NS, 'path');
  shield.setAttribute('d', 'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z');
  shield.setAttribute('class', 'shield');
  const tick = document.createElementNS(SVG_NS, 'path');
  tick.setAttribute('d', 'm8.5 12.2 2.4 2.4 4.6-5');
  tick.setAttribute('class', 'tick');
  svg.append(shield, tick);
  return svg;
}

/** Where keyboard focus is inside the banner: the control, and the warning it belongs to. */
function describeFocus(root: ShadowRoot): { warningId: string | null; selector: string } | null {
  const active = root.activeElement as HTMLElement | null;
  if (!active) return null;
  const warningId = active.closest('section.warning')?.getAttribute('data-warning-id') ?? null;
  const selector = active.matches('.toggle') ? '.toggle' : active.matches('.save') ? '.save' : active.matches('select') ? 'select' : active.matches('.dismiss button') ? '.dismiss button' : active.matches('.primary') ? '.primary' : active.tagName.toLowerCase();
  return { warningId, selector };
}

function restoreFocus(root: ShadowRoot, focus: { warningId: string | null; selector: string }): void {
  const scope = focus.warningId
    ? [...root.querySelectorAll('section.warning')].find((a) => a.getAttribute('data-warning-id') === focus.warningId)
    : root;
  // The warning was dismissed: the next one, else the card's own toggle.
  const target = (scope?.querySelector(focus.selector) ?? root.querySelector('section.warning .primary, section.warning select, .toggle')) as HTMLElement | null;
  target?.focus();
}
