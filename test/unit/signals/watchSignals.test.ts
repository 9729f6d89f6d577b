import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchSignals } from '../../../src/signals/watchSignals';

const trusted = (type: string, target: EventTarget = window) => {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
};

describe('the signals, together', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('one snapshot holds the page, its times and hints, the device and whether the visitor is typing', () => {
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    history.replaceState(null, '', '/hc/en/articles/1-descale');
    document.title = 'How to descale';
    const field = document.createElement('textarea');
    document.body.append(field);
    const s = watchSignals(window, { engagedWindowSeconds: 10 }, { navigated() {}, visibility() {}, searched() {} });
    trusted('copy');
    vi.advanceTimersByTime(25_000);
    field.focus();
    const snap = s.snapshot();
    expect(snap.page).toMatchObject({ type: 'kb', title: 'How to descale', engagedMs: 10_000, idleMs: 25_000, copies: 1, rageClicks: 0 });
    expect(snap).toMatchObject({ windowMs: 10_000, typing: true, sinceTypedMs: Infinity });
    expect(['mobile', 'desktop']).toContain(snap.device);
    s.stop();
  });

  it('a new page view starts every signal from zero', () => {
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    const s = watchSignals(window, {}, { navigated() {}, visibility() {}, searched() {} });
    trusted('copy');
    vi.advanceTimersByTime(5_000);
    history.replaceState(null, '', '/products/aero-kettle');
    expect(s.pageView().url).toContain('/products/aero-kettle');
    expect(s.snapshot().page).toMatchObject({ copies: 0, visibleMs: 0 });
    s.stop();
  });

  it('an SPA route change is a new page view, reported in a task of its own (after the router renders)', async () => {
    const navigated = vi.fn();
    const s = watchSignals(window, {}, { navigated, visibility() {}, searched() {} });
    history.pushState(null, '', '/hc/en/articles/' + Math.random());
    expect(navigated).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 20));
    expect(navigated).toHaveBeenCalledTimes(1);
    s.stop();
    history.pushState(null, '', '/elsewhere');
    await new Promise((r) => setTimeout(r, 20));
    expect(navigated).toHaveBeenCalledTimes(1);
  });
});
