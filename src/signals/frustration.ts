import { listen } from '../lib/listen';

export interface FrustrationCounts {
  rageClicks: number;
  copies: number;
}

/** Three clicks within this many ms … */
const RAGE_MS = 1000;
/** … within this many CSS pixels of the first make one rage click. */
const RAGE_RADIUS = 30;

/**
 * Frustration hints on the current page: rage clicks and text copied, plus KB searches
 * submitted through the site's own search box (`searchSelector`), reported to `onSearch`.
 */
export function watchFrustration(
  win: Window,
  searchSelector: string | undefined,
  onSearch: (query: string) => void,
): { counts: FrustrationCounts; reset(): void; stop(): void } {
  const counts: FrustrationCounts = { rageClicks: 0, copies: 0 };
  let clicks: { t: number; x: number; y: number }[] = [];
  let lastSearch = '';
  let lastSearchAt = -Infinity;

  const search = (el: Element | null) => {
    const q = ((el as HTMLInputElement | null)?.value || '').trim();
    const t = win.performance.now();
    // A form submit after Enter in the same box is one search, not two.
    if (!q || (q == lastSearch && t - lastSearchAt < 1000)) return;
    lastSearch = q;
    lastSearchAt = t;
    onSearch(q);
  };

  const stops = [
    listen(win, 'click', (e) => {
      if (!e.isTrusted) return;
      const m = e as MouseEvent;
      const t = win.performance.now();
      clicks = clicks.filter((c) => t - c.t < RAGE_MS && Math.hypot(c.x - m.clientX, c.y - m.clientY) < RAGE_RADIUS);
      clicks.push({ t, x: m.clientX, y: m.clientY });
      if (clicks.length >= 3) {
        counts.rageClicks++;
        clicks = [];
      }
    }),
    listen(win, 'copy', () => counts.copies++),
  ];
  if (searchSelector) {
    stops.push(
      listen(win, 'submit', (e) => {
        const form = e.target as HTMLFormElement;
        try {
          search(form.matches(searchSelector) ? form.querySelector('input') : form.querySelector(searchSelector));
        } catch {
          /* never throw into the host's submit */
        }
      }),
      listen(win, 'keydown', (e) => {
        const el = e.target as Element;
        try {
          if ((e as KeyboardEvent).key == 'Enter' && el.matches && el.matches(searchSelector)) search(el);
        } catch {
          /* never throw into the host's keydown */
        }
      }),
    );
  }
  return {
    counts,
    reset() {
      counts.rageClicks = counts.copies = 0;
      clicks = [];
    },
    stop() {
      stops.forEach((s) => s());
    },
  };
}
