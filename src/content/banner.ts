// The in-page banner: a card fixed to the corner of Upwork's page, inside a shadow root so that
// the page's styles don't reach it, built with DOM calls only (page text is set as text, never as
// HTML). Markers beside messages live in markers.ts. Actions need a real user gesture
// (`event.isTrusted`), so a page script clicking inside the shadow root does nothing.
import { formatDate } from '../core/format';
import type { PageView, WarningView } from '../protocol/views';
import { send } from '../protocol/client';
import { t } from '../platform/i18n';
import { bannerCss } from './banner-css';
import { el } from './dom';
import { Markers } from './markers';

export const HOST_TAG = 'scope-guard-root';
export type BannerStatus = 'reading' | 'ready' | 'error' | 'ignored';

const DISMISS_REASONS = ['dismissReasonAgreed', 'dismissReasonInScope', 'dismissReasonNotScope', 'dismissReasonOther'];

export class Banner {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private collapsed = false;
  private readonly markers: Markers;
  private settings = { banners: true, markers: true };

  constructor(private readonly life: AbortSignal) {
    this.markers = new Markers();
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    life.addEventListener('abort', () => this.remove());
  }

  /** True for nodes that belong to Scope Guard's own UI, so our observer can ignore them. */
  owns(node: Node): boolean {
    return this.host?.contains(node) === true || this.markers.owns(node);
  }

  setSettings(settings: { banners: boolean; markers: boolean }): void {
    this.settings = settings;
  }

  setStatus(status: BannerStatus): void {
    this.ensureHost().dataset.status = status;
  }

  reset(): void {
    this.markers.clear();
    if (this.root) this.root.replaceChildren(el('style', {}, bannerCss));
    if (this.host) this.host.dataset.shown = 'false';
  }

  render(view: PageView, pageSignal: AbortSignal): void {
    const root = this.ensureRoot();
    const card = this.buildCard(view);
    root.replaceChildren(el('style', {}, bannerCss), ...(card && this.settings.banners ? [card] : []));
    (this.host as HTMLElement).dataset.shown = String(Boolean(card && this.settings.banners));
    if (this.settings.markers) this.markers.render(view.markers, pageSignal);
    else this.markers.clear();
  }

  showError(message: string): void {
    const root = this.ensureRoot();
    root.replaceChildren(
      el('style', {}, bannerCss),
      el('section', { class: 'card trouble', role: 'status' }, [
        el('header', {}, [el('strong', {}, t('extName'))]),
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
    document.querySelectorAll(HOST_TAG).forEach((node) => node.remove());
    (document.body ?? document.documentElement).append(host);
  }

  private remove(): void {
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
    const open = view.warnings.filter((w) => w.severity !== 'info' || view.warnings.length <= 3);
    if (view.warnings.length === 0 && view.problems.length === 0 && !view.trouble) return null;
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
      ...open.slice(0, 4).map((w) => this.buildWarning(w, view)),
    ]);
    const card = el('section', { class: `card ${count ? 'has-warnings' : ''}`, 'aria-label': t('extName') }, [
      el('header', {}, [
        el('span', { class: 'logo', 'aria-hidden': 'true' }, '🛡'),
        el('strong', {}, count ? t('bannerTitleWarnings', String(count)) : t('extName')),
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

  private buildWarning(warning: WarningView, view: PageView): HTMLElement {
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
    return el('article', { class: `warning ${warning.severity}`, 'data-kind': warning.kind }, [
      el('h3', {}, t(`warning_${warning.kind}`)),
      ...(warning.quote
        ? [
            el('blockquote', {}, [
              el('p', {}, `“${warning.quote}”`),
              el('footer', {}, [view.title ?? '', view.title ? ' · ' : '', formatDate(warning.since)]),
            ]),
          ]
        : []),
      el('p', { class: 'summary' }, warning.advice.summary),
      el('div', { class: 'actions' }, [...actions, el('span', { class: 'dismiss' }, [reason, dismiss])]),
    ]);
  }
}
