import type { h as H, VNode } from 'preact';
import type { useLayoutEffect as UseLayoutEffect, useState as UseState } from 'preact/hooks';
import type { Inspection } from '../types';
import type { Translate } from './strings';

/** Refresh rate of the overlay's live figures. Debug only; the overlay is never on by default. */
const REFRESH_MS = 1000;

/** What the widget gives the overlay: its Preact `h` and hooks (the chunk bundles none), and the figures. */
export interface DebugProps {
  h: typeof H;
  useState: typeof UseState;
  useLayoutEffect: typeof UseLayoutEffect;
  inspect(): Inspection;
  fire(id: string): void;
  t: Translate;
  onClose(): void;
}

/** The overlay, refreshed every second while it is on. */
export function Debug({ h, useState, useLayoutEffect, inspect, fire, t, onClose }: DebugProps) {
  const [now, setNow] = useState(inspect);
  useLayoutEffect(() => {
    const id = setInterval(() => setNow(inspect()), REFRESH_MS);
    return () => clearInterval(id);
  }, []);
  return debugView(h, now, { title: t('debugTitle'), close: t('close'), fire: t('fire') }, fire, onClose);
}

/** The overlay's stylesheet, adopted into the shadow root when the debug chunk arrives. */
export const DEBUG_CSS = `
.debug{position:fixed;top:12px;left:12px;width:min(420px,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;background:#111418;color:#e8eaed;border:1px solid #3a3f47;border-radius:10px;box-shadow:0 10px 30px rgba(0,0,0,.4);font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:12px;z-index:1}
.debug h2{font-size:13px;font-weight:700;margin-bottom:6px}
.debug h3{font-size:12px;margin:10px 0 4px;color:#c9d1d9}
.debug dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
.debug dt{color:#9aa4ae}.debug dd{margin:0;overflow-wrap:anywhere}
.debug .ok{color:#7ee2a8}.debug .no{color:#ffa198}
.debug button{min-height:32px;padding:4px 10px;border-radius:6px;border:1px solid #5c6670;background:#1f242b;color:#e8eaed;cursor:pointer;font:inherit}
.debug .x{position:absolute;top:4px;right:4px;color:#e8eaed;width:32px;height:32px}
`;

const s = (ms: number) => (ms / 1000).toFixed(1) + ' s';
const mark = (h: typeof H, ok: boolean) => h('span', { class: ok ? 'ok' : 'no' }, ok ? '✓' : '✗');

/**
 * The debug overlay (`debug: true` or `?kikubari-debug`): live signals, page type, stored
 * context, and each offer's conditions passing or failing, with a button to fire it now.
 *
 * Its own chunk (`debug.mjs`, loaded only when debug is on): it brings no Preact of its own and
 * draws with the widget's `h`, so one Preact renders everything. Texts are the widget's strings.
 */
function debugView(
  h: typeof H,
  now: Inspection,
  text: { title: string; close: string; fire: string },
  fire: (id: string) => void,
  onClose: () => void,
): VNode<any> {
  const { page, session } = now;
  const row = (name: string, ...value: unknown[]) => [h('dt', null, name), h('dd', null, ...(value as string[]))];
  return h(
    'section',
    { class: 'debug', 'aria-labelledby': 'k-debug-title', part: 'debug' },
    h('h2', { id: 'k-debug-title' }, text.title),
    h('button', { type: 'button', class: 'x', 'aria-label': text.close, onClick: onClose }, '×'),
    h(
      'dl',
      null,
      ...row('page', page.type, page.product ? ' · ' + [page.product.name, page.product.sku].filter(Boolean).join(' ') : ''),
      ...row('engaged', s(page.engagedMs)),
      ...row('idle', s(page.idleMs)),
      ...row('visible', s(page.visibleMs)),
      ...row('session', session.pageViews + ' views · ' + session.helpPagesViewed + ' help · ' + session.backAndForth + ' back · ' + session.kbSearches + ' searches'),
      ...row('score', now.score.toFixed(2)),
      ...row('consent', now.consent + ' · ' + now.storage + (now.holdout ? ' · holdout' : '')),
      ...row('locale', now.locale),
    ),
    h('h3', null, 'purchases (' + now.purchases.length + ')'),
    h(
      'ul',
      null,
      now.purchases.slice(0, 5).map((o) => h('li', { key: o.orderId }, new Date(o.purchasedAt).toISOString().slice(0, 10) + ' ' + o.orderId + ': ' + o.items.map((i) => i.name).join(', '))),
    ),
    now.offers.map((o) =>
      h(
        'div',
        { key: o.id },
        h('h3', null, mark(h, o.eligible), ' ' + o.id + ' ', h('button', { type: 'button', onClick: () => fire(o.id) }, text.fire)),
        h('ul', null, o.conditions.map((c) => h('li', { key: c.name }, mark(h, c.pass), ' ' + c.name + ': ' + c.detail))),
      ),
    ),
  );
}
