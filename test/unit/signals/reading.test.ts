import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/signals/activity';
import { watchReading } from '../../../src/signals/reading';

/**
 * A phone-sized window (375×667) whose content is 20 screens long, read for a minute, on a fake
 * clock; `frame(t, top)` moves the clock to `t` ms (the watcher's timer firing on the way if it
 * is due) and scrolls the content's top to `top` px above the screen's.
 */
function phonePage() {
  const win = new EventTarget() as any;
  const doc = new EventTarget() as any;
  let top = 0;
  let now = 0;
  let timer: { f: () => void; at: number } | undefined;
  const reads: number[] = [];
  const box = { getBoundingClientRect: () => (reads.push(top), { top: -top, height: 20 * 667 }) };
  Object.assign(doc, { hidden: false, body: box, querySelector: (s: string) => (s == 'article' ? box : null) });
  Object.assign(win, {
    document: doc,
    innerWidth: 375,
    innerHeight: 667,
    navigator: { userAgent: '' },
    performance: { now: () => now },
    setTimeout: (f: () => void, ms: number) => ((timer = { f, at: now + ms }), 1),
    clearTimeout: () => (timer = undefined),
  });
  const exits: number[] = [];
  const activity = { times: () => ({ engagedMs: 60_000 }) } as Activity;
  const reading = watchReading(win, activity, () => exits.push(1));
  // Fire the armed timer if it is due by `t`, at its own time, where the page is then.
  const due = (t: number) => {
    if (!timer || timer.at > t) return;
    const { f, at } = timer;
    timer = undefined;
    now = at;
    f();
  };
  const frame = (t: number, to: number) => {
    due(t);
    now = t;
    top = to;
    win.dispatchEvent(new Event('scroll'));
    due(t);
  };
  frame(0, 0);
  frame(100, 0);
  return { reading, exits, frame, reads, doc };
}

/**
 * Frames every 16 ms from `from` px to `to` px over `ms`, then one more 100 ms later: the content's
 * box is read 100 ms after a scroll, so the last position is read then.
 */
const glide = (p: ReturnType<typeof phonePage>, t0: number, from: number, to: number, ms: number) => {
  for (let t = 16; t <= ms; t += 16) p.frame(t0 + t, from + ((to - from) * Math.min(t, ms)) / ms);
  p.frame(t0 + ms, to);
  p.frame(t0 + ms + 100, to);
};

describe('exit intent on a phone: a fast scroll back to the top after reading', () => {
  it('counts flicks from deep in a long article that reach the top fast, though the whole way up took two seconds', () => {
    const p = phonePage();
    p.frame(1_000, 10_000); // read down 15 screens
    glide(p, 60_000, 10_000, 0, 2_000); // 5,000 px a second, all the way up
    expect(p.reading.state.exitIntent).toBe(true);
    expect(p.exits).toEqual([1]);
  });

  it('does not count a slow way back up, however far, nor a quick nudge of less than a screen into the top', () => {
    const p = phonePage();
    p.frame(1_000, 5_000);
    glide(p, 60_000, 5_000, 0, 10_000); // 500 px a second
    expect(p.reading.state.exitIntent).toBe(false);
    p.frame(80_000, 600);
    glide(p, 90_000, 600, 0, 100);
    expect(p.reading.state.exitIntent).toBe(false);
  });

  it('counts a jump to the top from where the page rested (a back-to-top tap), and only once a page view', () => {
    const p = phonePage();
    p.frame(1_000, 3_000);
    p.frame(50_000, 0);
    p.frame(51_000, 3_000);
    p.frame(52_000, 0);
    expect(p.exits).toEqual([1]);
  });

  it('does not take a new page view that starts at the top for a flick', () => {
    const p = phonePage();
    glide(p, 1_000, 0, 5_000, 3_000);
    p.reading.reset();
    p.frame(4_100, 0);
    expect(p.reading.state.exitIntent).toBe(false);
  });
});

describe('a hidden tab', () => {
  it('counts nothing of what moved while it was hidden, not even at the first read once shown again', () => {
    const p = phonePage();
    p.frame(1_000, 8_000); // read far down
    p.frame(2_000, 8_000);
    p.doc.hidden = true;
    p.frame(3_000, 0); // the page's own script scrolls it to the top while hidden
    p.frame(4_000, 0);
    p.doc.hidden = false;
    p.frame(60_000, 40); // back, the visitor nudges the page
    p.frame(60_200, 0);
    expect(p.reading.state.exitIntent).toBe(false);
    expect(p.reading.state.rereads).toBe(0);
  });
});

describe('reading the content box', () => {
  it('reads it at most every 100 ms while the page scrolls, and always where the page came to rest', () => {
    const p = phonePage();
    p.reads.length = 0;
    glide(p, 1_000, 0, 2_000, 1_000); // 63 frames of scrolling, then rest
    expect(p.reads.length).toBeLessThanOrEqual(11);
    expect(p.reads.at(-1)).toBe(2_000);
    expect(p.reading.state.scrollDepth).toBeCloseTo((2_000 + 667) / (20 * 667));
  });
});

describe('re-reading', () => {
  it('counts one re-read per run back up over half a screen or more, then none until the visitor reads on', () => {
    const p = phonePage();
    p.frame(1_000, 3_000);
    glide(p, 2_000, 3_000, 2_000, 5_000); // 1,000 px back up
    expect(p.reading.state.rereads).toBe(1);
    p.frame(8_000, 2_500);
    glide(p, 9_000, 2_500, 1_000, 3_000);
    expect(p.reading.state.rereads).toBe(2);
    glide(p, 13_000, 1_000, 800, 1_000); // a look back of less than half a screen
    p.frame(15_000, 1_000);
    p.frame(16_000, 800);
    expect(p.reading.state.rereads).toBe(2);
  });

  it('does not count scrolling up from where a page opened (a restored scroll position): nothing there was read', () => {
    const p = phonePage();
    p.frame(1_000, 6_000); // an SPA route change restores the page's scroll position …
    p.reading.reset(); // … and starts a new page view there
    glide(p, 2_000, 6_000, 4_000, 5_000);
    expect(p.reading.state.rereads).toBe(0);
  });
});
