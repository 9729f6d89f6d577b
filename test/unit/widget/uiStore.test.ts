import { describe, expect, it, vi } from 'vitest';
import type { PipelineToWidget } from '../../../src/seams';
import type { OfferDecision } from '../../../src/types';
import { createUiStore } from '../../../src/widget/uiStore';

const OFFER: OfferDecision = { offerId: 'recent-purchase', message: 'Questions about your recent purchase of Aero Kettle?', reasons: [], topics: [], score: 0.8 };

function setup(soon?: (open: () => void) => void) {
  const outcomes: [string, unknown][] = [];
  const launcher = document.createElement('button');
  const hostEl = document.createElement('div');
  document.body.append(launcher, hostEl);
  const root = hostEl.attachShadow({ mode: 'open' });
  const host = {
    root,
    launcher,
    locale: 'en',
    theme: {},
    config: {},
    purchases: () => [],
    page: () => ({ type: 'kb', url: location.href, title: 'Help', engagedMs: 0, visibleMs: 0, idleMs: 0, rageClicks: 0, copies: 0 }),
    context: async () => ({ locale: 'en', page: { url: '', title: '', type: 'kb' }, purchases: [], recentPages: [], offers: [], articles: [], text: '' }),
    inspect: () => ({}) as never,
    fireOffer: () => {},
    outcome: (e: string, p: unknown) => outcomes.push([e, p]),
    warn: () => {},
  } as unknown as PipelineToWidget;
  const store = createUiStore(host, soon);
  return { store, outcomes, launcher, names: () => outcomes.map(([e]) => e) };
}

describe('the widget state machine', () => {
  it('an offer shows the bubble and is announced to screen readers a moment later, not at once', () => {
    vi.useFakeTimers();
    const { store } = setup();
    store.actions.offer(OFFER);
    expect(store.state).toMatchObject({ view: 'offer', offer: OFFER, announce: '' });
    vi.advanceTimersByTime(300);
    expect(store.state.announce).toBe(OFFER.message);
    vi.useRealTimers();
  });

  it('accepting an offer records it and opens the panel, and the launcher says it is expanded', () => {
    const { store, names, launcher } = setup();
    store.actions.offer(OFFER);
    store.actions.accept();
    expect(names()).toEqual(['offer:accepted', 'chat:opened']);
    expect(store.state.view).toBe('panel');
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
  });

  it('the panel opens when the mount says so: every way of opening (launcher, API, accepted offer) goes through it', () => {
    const later: (() => void)[] = [];
    const { store, names } = setup((open) => later.push(open));
    store.actions.launch();
    store.actions.open('api');
    store.actions.offer(OFFER);
    store.actions.accept();
    expect(store.state.view).toBe('offer');
    expect(names()).toEqual(['offer:accepted']);
    expect(later).toHaveLength(3);
    later.forEach((open) => open());
    expect(store.state.view).toBe('panel');
    expect(names()).toEqual(['offer:accepted', 'chat:opened']);
  });

  it('dismissing "for good" is recorded as such and says so to the visitor', () => {
    const { store, outcomes } = setup();
    store.actions.offer(OFFER);
    store.actions.dismiss(true);
    expect(outcomes).toEqual([['offer:dismissed', { ...OFFER, forever: true }]]);
    expect(store.state).toMatchObject({ view: 'closed', offer: undefined });
    expect(store.state.announce).not.toBe('');
  });

  it('an offer never covers an open panel', () => {
    const { store } = setup();
    store.actions.open('api');
    store.actions.offer(OFFER);
    expect(store.state.view).toBe('panel');
    expect(store.state.offer).toBeUndefined();
  });

  it('the launcher toggles: opens, then closes — and closing an offer is a dismissal', () => {
    const { store, names, launcher } = setup();
    store.actions.launch();
    store.actions.launch();
    expect(names()).toEqual(['chat:opened', 'chat:closed']);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    store.actions.offer(OFFER);
    store.actions.close();
    expect(names().slice(-1)).toEqual(['offer:dismissed']);
  });

  it('focus goes back to the page control that opened the panel, else to the launcher', () => {
    const { store, launcher } = setup();
    const contact = document.createElement('button');
    document.body.append(contact);
    contact.focus();
    store.actions.open('api');
    store.actions.close();
    store.returnFocus();
    expect(document.activeElement).toBe(contact);
    contact.remove();
    store.actions.open('launcher');
    store.actions.close();
    store.returnFocus();
    expect(document.activeElement).toBe(launcher);
  });
});
