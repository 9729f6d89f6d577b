import { useEffect, useState } from 'preact/hooks';
import type { DebugProps } from '../seams';

/** Refresh rate of the overlay's live figures. Debug only; the overlay is never on by default. */
const REFRESH_MS = 1000;

const s = (ms: number) => (ms / 1000).toFixed(1) + ' s';

/**
 * The debug overlay (`debug: true` or `?kikubari-debug`): live signals, page type, stored
 * context, and each offer's conditions passing or failing, with a button to fire it now.
 */
export function DebugOverlay({ inspect, fire, t, onClose }: DebugProps) {
  const [now, setNow] = useState(inspect);
  useEffect(() => {
    const id = setInterval(() => setNow(inspect()), REFRESH_MS);
    return () => clearInterval(id);
  }, []);
  const { page, session } = now;
  return (
    <section class="debug" aria-labelledby="k-debug-title" part="debug">
      <h2 id="k-debug-title">{t('debugTitle')}</h2>
      <button type="button" class="x" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
      <dl>
        <dt>page</dt>
        <dd>
          {page.type}
          {page.product ? ' · ' + [page.product.name, page.product.sku].filter(Boolean).join(' ') : ''}
        </dd>
        <dt>engaged</dt>
        <dd>{s(page.engagedMs)}</dd>
        <dt>idle</dt>
        <dd>{s(page.idleMs)}</dd>
        <dt>visible</dt>
        <dd>{s(page.visibleMs)}</dd>
        <dt>session</dt>
        <dd>
          {session.pageViews} views · {session.helpPagesViewed} help · {session.backAndForth} back · {session.kbSearches} searches
        </dd>
        <dt>score</dt>
        <dd>{now.score.toFixed(2)}</dd>
        <dt>consent</dt>
        <dd>
          {now.consent} · {now.storage}
          {now.holdout ? ' · holdout' : ''}
        </dd>
        <dt>locale</dt>
        <dd>{now.locale}</dd>
      </dl>
      <h3>purchases ({now.purchases.length})</h3>
      <ul>
        {now.purchases.slice(0, 5).map((o) => (
          <li key={o.orderId}>
            {new Date(o.purchasedAt).toISOString().slice(0, 10)} {o.orderId}: {o.items.map((i) => i.name).join(', ')}
          </li>
        ))}
      </ul>
      {now.offers.map((o) => (
        <div key={o.id}>
          <h3>
            <span class={o.eligible ? 'ok' : 'no'}>{o.eligible ? '✓' : '✗'}</span> {o.id}{' '}
            <button type="button" onClick={() => fire(o.id)}>
              {t('fire')}
            </button>
          </h3>
          <ul>
            {o.conditions.map((c) => (
              <li key={c.name}>
                <span class={c.pass ? 'ok' : 'no'}>{c.pass ? '✓' : '✗'}</span> {c.name}: {c.detail}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
