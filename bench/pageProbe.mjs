// What the browser benchmarks install in the page before any of its scripts run, and how they
// click: long tasks, and "click → element painted".
//
// Painted: a requestAnimationFrame loop looks for the element from the click on; in the first
// frame that finds it laid out (a box, not visibility:hidden), a message is posted from the rAF
// callback, and its arrival — after that frame's style, layout and paint — is the time taken.
// The start is the click event's own timeStamp (read by a capture listener on window), so the
// time covers the event's queueing too, as INP does.
//
// Selectors may cross open shadow roots: 'host-selector >>> inner-selector'.

/** Installed with addInitScript: `window.__bench`. */
export function probe() {
  const b = (window.__bench = { longtasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  b.find = (selector) => {
    let node = document;
    const parts = selector.split(' >>> ');
    for (const [i, part] of parts.entries()) {
      const el = node && node.querySelector(part);
      node = i < parts.length - 1 ? el && el.shadowRoot : el;
    }
    return node || undefined;
  };
  b.shown = (selector) => {
    const el = b.find(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility != 'hidden';
  };
  /**
   * Resolves with { clicked, painted } once `selector` is painted after the next click (or, with
   * `clicked` given, after that time: for a call rather than a click).
   */
  b.watch = (selector, timeoutMs, clicked) =>
    new Promise((resolve, reject) => {
      if (clicked === undefined) addEventListener('click', (e) => (clicked ??= e.timeStamp), { capture: true, once: true });
      const give = setTimeout(() => reject(new Error(`${selector}: not painted within ${timeoutMs} ms`)), timeoutMs);
      const frame = () => {
        if (clicked === undefined || !b.shown(selector)) return requestAnimationFrame(frame);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => (clearTimeout(give), resolve({ clicked, painted: performance.now() }));
        ch.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
    });
  b.longest = (from = 0) => {
    const inside = b.longtasks.filter(([s]) => s >= from);
    return { count: inside.length, longest: Math.max(0, ...inside.map(([, d]) => d)) };
  };
}

/** One frame at 60 Hz, the rate the headless browser draws at. */
export const FRAME_MS = 1000 / 60;

/**
 * The wait before the press in repetition `rep` of `reps`: spread evenly over one frame, so the
 * clicks of a run land at every point of the frame, the same points for every variant. A
 * visitor's click lands anywhere in a frame; pressed at once after the pointer arrives, the click
 * lands at one point that depends on how long the page's own pointerdown and mousedown handlers
 * take (each CDP event waits for the page to handle the one before), and with it the wait for the
 * next frame: a page with slower handlers measured as faster to paint.
 */
export const clickPhase = (rep, reps) => ((rep + 0.5) / reps) * FRAME_MS;

/**
 * Click the middle of `target` with real input (CDP mouse events) and wait until `wanted` is
 * painted. Returns milliseconds from the click event to that paint, and when the click was.
 * `phaseMs`: how long the pointer rests on the target before the press (see clickPhase);
 * `pressMs`: how long the button is held down (0: released at once; a person's click holds it
 * for around 100 ms, a tap on a touch screen for 50–150 ms).
 */
export async function clickUntilPainted(page, cdp, target, wanted, timeoutMs = 30_000, phaseMs = 0, pressMs = 0) {
  const at = await page.evaluate(
    ({ target, wanted, timeoutMs }) => {
      const b = window.__bench;
      b.painted = b.watch(wanted, timeoutMs);
      b.painted.catch(() => {});
      const r = b.find(target).getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { target, wanted, timeoutMs },
  );
  const mouse = { x: at.x, y: at.y, button: 'left', clickCount: 1 };
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x, y: at.y });
  if (phaseMs > 0) await new Promise((r) => setTimeout(r, phaseMs));
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse });
  if (pressMs > 0) await new Promise((r) => setTimeout(r, pressMs));
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse });
  const { clicked, painted } = await page.evaluate(() => window.__bench.painted);
  return { ms: painted - clicked, clicked };
}
