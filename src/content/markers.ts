// A small marker beside each message that added scope or held approval, with the client's words
// on hover and on keyboard focus. Each marker is its own custom element with a shadow root, appended
// at the end of the message's own container so the page's layout is not rearranged.
import { t } from '../platform/i18n';
import { el } from './dom';
import type { MessageMarker } from '../protocol/views';

export const MARKER_TAG = 'scope-guard-marker';

const markerCss = `
:host { all: initial; display: inline-block; margin: 2px 0 0 0; font: 12px/1.4 system-ui, sans-serif; }
button { all: unset; cursor: help; display: inline-flex; gap: 4px; align-items: center; padding: 1px 8px;
  border-radius: 10px; background: #fff4e5; color: #7a3e00; border: 1px solid #f0b25a; }
button.block { background: #fde8e8; color: #8a1c1c; border-color: #e8a0a0; }
button:focus-visible { outline: 2px solid #1f57c3; outline-offset: 2px; }
.tip { display: none; position: absolute; z-index: 2147483001; max-width: 320px; margin-top: 4px; padding: 8px 10px;
  background: #1d1d1f; color: #fff; border-radius: 6px; white-space: pre-wrap; }
:host(:hover) .tip, button:focus + .tip { display: block; }
@media (prefers-color-scheme: dark) { button { background: #3d2a10; color: #ffd9a6; border-color: #a8742f; }
  button.block { background: #3f1a1a; color: #ffc4c4; border-color: #a04848; } }
`;

export class Markers {
  private placed = new Map<string, HTMLElement>();

  owns(node: Node): boolean {
    for (const marker of this.placed.values()) if (marker === node || marker.contains(node)) return true;
    return node.nodeName.toLowerCase() === MARKER_TAG;
  }

  clear(): void {
    for (const marker of this.placed.values()) marker.remove();
    this.placed.clear();
  }

  render(markers: MessageMarker[], signal: AbortSignal): void {
    if (signal.aborted) return;
    const wanted = new Map(markers.map((m) => [m.messageId, m]));
    for (const [id, node] of this.placed) {
      if (!wanted.has(id) || !node.isConnected) {
        node.remove();
        this.placed.delete(id);
      }
    }
    for (const marker of markers) {
      if (this.placed.has(marker.messageId)) continue;
      const story = document.getElementById(marker.messageId);
      if (!story) continue;
      const node = buildMarker(marker);
      story.append(node);
      this.placed.set(marker.messageId, node);
    }
  }
}

function buildMarker(marker: MessageMarker): HTMLElement {
  const host = document.createElement(MARKER_TAG);
  host.dataset.messageId = marker.messageId;
  host.dataset.signals = marker.signals.join(' ');
  const root = host.attachShadow({ mode: 'open' });
  const blocks = marker.signals.includes('blocks_approval');
  const label = blocks ? t('markerBlocksApproval') : t('markerAddsScope');
  const tipId = 'tip';
  root.append(
    el('style', {}, markerCss),
    el('button', { type: 'button', class: blocks ? 'block' : 'scope', 'aria-describedby': tipId }, ['⚑ ', label]),
    el('span', { class: 'tip', id: tipId, role: 'tooltip' }, marker.evidence.map((e) => `“${e}”`).join('\n')),
  );
  return host;
}
