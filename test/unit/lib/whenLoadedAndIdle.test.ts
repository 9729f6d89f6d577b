import { describe, expect, it, vi } from 'vitest';
import { whenLoadedAndIdle } from '../../../src/lib/whenLoadedAndIdle';

/** A window whose document is at `readyState`, with or without requestIdleCallback; the idle callbacks it was given. */
function fakeWindow(readyState: DocumentReadyState, withIdle = true) {
  const target = new EventTarget();
  const idle: (() => void)[] = [];
  const win = Object.assign(target, {
    document: { readyState },
    requestIdleCallback: withIdle ? (f: () => void) => idle.push(f) : undefined,
  }) as unknown as Window;
  return { win, idle };
}

describe('whenLoadedAndIdle', () => {
  it('waits for the load event, then for an idle period', () => {
    const { win, idle } = fakeWindow('interactive');
    const f = vi.fn();
    whenLoadedAndIdle(win, f);
    expect(idle).toHaveLength(0);
    win.dispatchEvent(new Event('load'));
    expect(idle).toHaveLength(1);
    expect(f).not.toHaveBeenCalled();
    idle[0]!();
    expect(f).toHaveBeenCalledOnce();
  });

  it('on a page already loaded, asks for the next idle period at once', () => {
    const { win, idle } = fakeWindow('complete');
    const f = vi.fn();
    whenLoadedAndIdle(win, f);
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(f).toHaveBeenCalledOnce();
  });

  it('without requestIdleCallback (Safari), runs in the next task after load', () => {
    vi.useFakeTimers();
    try {
      const { win } = fakeWindow('complete', false);
      const f = vi.fn();
      whenLoadedAndIdle(win, f);
      expect(f).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(f).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
