// The in-page banner: a card fixed to the corner of Upwork's page, inside a shadow root so that
// the page's styles don't reach it, built with DOM calls only (page text is set as text, never as
// HTML). Markers beside messages live in markers.ts. Actions need a real user gesture
// (`event.isTrusted`), so a page script clicking inside the shadow root does nothing.
import { formatDate } from '../core/format';
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
const DISMISS_REASONS = ['dismissReasonAgreed', 'dismissReasonInScope', 'dismissReasonNotScope', 'dismissReasonOther'];

export class Banner {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private collapsed = false;
  private readonly markers: Markers;
  private settings = { banners: true, markers: true };
  private last: { view: PageView; signal: AbortSignal } | null = null;
  private shownKey: string | null = null;

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
    this.markers.clear();
    if (this.root) this.root.replaceChildren(el('style', {}, bannerCss));
    if (this.host) this.host.dataset.shown = 'false';
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
      root.replaceChildren(el('style', {}, bannerCss), ...(card && this.settings.banners ? [card] : []));
      (this.host as HTMLElement).dataset.shown = String(Boolean(card && this.settings.banners));
      this.shownKey = key;
      if (focused) restoreFocus(root, focused);
    }
    if (this.settings.markers) this.markers.render(view.markers, pageSignal);
    else this.markers.clear();
  }

  showError(message: string): void {
    this.shownKey = null;
    const root = this.ensureRoot();
    root.replaceChildren(
      el('style', {}, bannerCss),
      el('section', { class: 'card trouble', role: 'status', 'aria-label': t('extName') }, [
        el('header', {}, [shieldIcon(), el('strong', {}, t('extName'))]),
        el('p', {}, [t('bannerErrorPrefix'), ' ', message]),
      ]),
    );
    (this.host as HTMLElement).dataset.shown = 'true';
  }

  /** After the extension was updated or disabled: remove everything, leave one small note. */
  showUpdatedNotice(): void {
    this.markers.clear();
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    // The extension context is gone, so this text cannot come from browser.i18n.
    root.append(
      el('style', {}, bannerCss),
      el('section', { class: 'card notice', role: 'status' }, [
        el('p', {}, 'Scope Guard was updated or turned off. Refresh this page to see its warnings again.'),
        close,
      ]),
    );
    close.addEventListener('click', () => host.remove(), { once: true });
    host.dataset.status = 'invalidated';
    for (const node of document.querySelectorAll(HOST_TAG)) node.remove();
    (document.body ?? document.documentElement).append(host);
  }

  private remove(): void {
    this.shownKey = null;
    this.markers.clear();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const host = this.host ?? document.createElement(HOST_TAG);
    host.setAttribute('style', 'all: initial; position: fixed; z-index: 2147483000; right: 16px; bottom: 16px;');
    (document.body ?? document.documentElement).append(host);
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
    const shown = open.slice(0, MAX_SHOWN);
    const count = view.warnings.filter((w) => w.severity !== 'info').length;
    const toggle = el(
      'button',
      { type: 'button', class: 'toggle', 'aria-expanded': String(!this.collapsed) },
      this.collapsed ? t('bannerShow') : t('bannerHide'),
    );
    const body = el('div', { class: 'body', hidden: this.collapsed ? '' : null }, [
      ...(view.trouble ? [el('p', { class: 'trouble' }, [t('storeTroublePrefix'), ' ', view.trouble.message])] : []),
      ...(view.problems.length
        ? [
            el('div', { class: 'problems', role: 'note' }, [
              el('strong', {}, t('layoutNotRecognised')),
              el('ul', {}, view.problems.slice(0, 4).map((p) => el('li', {}, p))),
            ]),
          ]
        : []),
      ...shown.map((w) => this.buildWarning(w)),
      ...(open.length > shown.length ? [el('p', { class: 'more' }, tCount('bannerMore', open.length - shown.length))] : []),
    ]);
    const top = count ? 'high' : view.warnings.length ? 'info' : 'problem';
    const card = el('section', { class: `card ${top}`, 'aria-label': t('extName') }, [
      el('header', {}, [
        shieldIcon(),
        el('div', { class: 'heading' }, [
          el('strong', {}, count ? tCount('bannerTitleWarnings', count) : view.warnings.length ? t('bannerTitleNotes') : t('extName')),
          el('span', { class: 'brand' }, t('extName')),
        ]),
        toggle,
      ]),
      body,
    ]);
    toggle.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      this.collapsed = !this.collapsed;
      body.toggleAttribute('hidden', this.collapsed);
      toggle.setAttribute('aria-expanded', String(!this.collapsed));
      toggle.textContent = this.collapsed ? t('bannerShow') : t('bannerHide');
    });
    return card;
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
    return el('article', { class: `warning ${warning.severity}`, 'data-kind': warning.kind, 'data-warning-id': warning.id }, [
      el('h3', {}, [el('span', { class: `pill ${warning.severity}` }, t(`severity_${warning.severity}`)), ' ', t(`warning_${warning.kind}`)]),
      ...(warning.quote
        ? [
            el('blockquote', {}, [
              el('p', {}, `“${warning.quote}”`),
              el('footer', {}, t('clientWroteOn', formatDate(warning.since, uiLocale()))),
            ]),
          ]
        : []),
      el('p', { class: 'summary' }, warning.advice.summary),
      ...(actions.length ? [el('div', { class: 'actions' }, actions)] : []),
      el('div', { class: 'dismiss' }, [reason, dismiss]),
    ]);
  }
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
  const warningId = active.closest('article.warning')?.getAttribute('data-warning-id') ?? null;
  const selector = active.matches('.toggle') ? '.toggle' : active.matches('select') ? 'select' : active.matches('.dismiss button') ? '.dismiss button' : active.matches('.primary') ? '.primary' : active.tagName.toLowerCase();
  return { warningId, selector };
}

function restoreFocus(root: ShadowRoot, focus: { warningId: string | null; selector: string }): void {
  const scope = focus.warningId
    ? [...root.querySelectorAll('article.warning')].find((a) => a.getAttribute('data-warning-id') === focus.warningId)
    : root;
  // The warning was dismissed: the next one, else the card's own toggle.
  const target = (scope?.querySelector(focus.selector) ?? root.querySelector('article.warning .primary, article.warning select, .toggle')) as HTMLElement | null;
  target?.focus();
}
