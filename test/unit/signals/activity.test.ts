import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchActivity } from '../../../src/signals/activity';

/** happy-dom marks dispatched events untrusted; the page's real input is trusted. */
const input = (type: string, target: EventTarget = window) => {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
};
const setVisibility = (state: 'visible' | 'hidden') => {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('dwell and idle', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    setVisibility('visible');
  });
  afterEach(() => {
    setVisibility('visible');
    vi.useRealTimers();
  });

  it('engaged time stops accruing a window after the last input; idle keeps counting', () => {
    const a = watchActivity(window, 30_000, () => {});
    vi.advanceTimersByTime(10_000);
    input('scroll');
    vi.advanceTimersByTime(50_000);
    expect(a.times()).toMatchObject({ visibleMs: 60_000, engagedMs: 40_000, idleMs: 50_000 });
    a.stop();
  });

  it('a hidden page is away, not idle: nothing accrues while hidden, and input while hidden is ignored', () => {
    const seen: boolean[] = [];
    const a = watchActivity(window, 30_000, (v) => seen.push(v));
    vi.advanceTimersByTime(5_000);
    setVisibility('hidden');
    vi.advanceTimersByTime(600_000);
    input('keydown');
    setVisibility('visible');
    vi.advanceTimersByTime(5_000);
    expect(a.times()).toMatchObject({ visibleMs: 10_000, idleMs: 10_000 });
    expect(seen).toEqual([false, true]);
    a.stop();
  });

  it('untrusted (scripted) events are not the visitor', () => {
    const a = watchActivity(window, 30_000, () => {});
    vi.advanceTimersByTime(20_000);
    window.dispatchEvent(new Event('pointerdown'));
    expect(a.times().idleMs).toBe(20_000);
    a.stop();
  });

  it('a keystroke in a form field is remembered as typing; one elsewhere is not', () => {
    const a = watchActivity(window, 30_000, () => {});
    const field = document.createElement('input');
    document.body.append(field);
    vi.advanceTimersByTime(1_000);
    input('keydown', document.body);
    expect(a.times().typedAt).toBe(-Infinity);
    input('keydown', field);
    expect(a.times().typedAt).toBe(performance.now());
    field.remove();
    a.stop();
  });

  it('the next input wakes a sleeping engine once; a new page view starts from zero', () => {
    const a = watchActivity(window, 30_000, () => {});
    const wake = vi.fn();
    a.onNextInput(wake);
    input('wheel');
    input('wheel');
    expect(wake).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(9_000);
    a.restart();
    vi.advanceTimersByTime(1_000);
    expect(a.times()).toMatchObject({ visibleMs: 1_000, idleMs: 1_000 });
    a.stop();
  });
});
