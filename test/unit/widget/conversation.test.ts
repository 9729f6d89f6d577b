import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../src/lib/logger';
import { createConversation, type ConversationState } from '../../../src/widget/conversation';
import type { ArticleFinder } from '../../../src/widget/articleFinder';
import type { PipelineToWidget } from '../../../src/seams';
import type { KikubariConfig } from '../../../src/types';
import { translator } from '../../../src/widget/strings';
import { createArticleFinder } from '../../../src/widget/articleFinder';
import { buildCard } from '../../../src/context/buildCard';

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A widget seam with the site's `handoff` and `responder` (config) and any of the seam's functions replaced. */
function setup(over: Partial<PipelineToWidget> & Pick<KikubariConfig, 'handoff' | 'responder'> = {}, finder?: ArticleFinder) {
  let state: ConversationState = { messages: [], typing: false };
  const { handoff, responder, ...rest } = over;
  const host = {
    locale: 'en',
    config: { handoff, responder },
    purchases: () => [],
    page: () => ({ title: 'Help', heading: 'Help' }),
    context: async () => ({}),
    outcome: () => {},
    warn: () => {},
    ...rest,
  } as unknown as PipelineToWidget;
  const c = createConversation(host, finder || { search: async () => [], get: async () => undefined } as unknown as ArticleFinder, translator('en'), (s) => (state = s));
  return { c, texts: () => state.messages.map((m) => m.from + ': ' + m.text), state: () => state };
}

describe('conversation', () => {
  it('a responder reply that arrives after the visitor started over is not added to the new conversation', async () => {
    const slow = deferred<string>();
    const { c, texts } = setup({ responder: () => slow.promise });
    c.start({});
    const asked = c.ask('where is my order?');
    c.start({}); // the visitor closed and reopened, or accepted a new offer
    slow.resolve('It shipped yesterday.');
    await asked;
    expect(texts().join('\n')).not.toContain('It shipped yesterday.');
  });

  it('search results that arrive after the visitor started over are dropped', async () => {
    const slow = deferred<any[]>();
    const finder = { search: () => slow.promise, get: async () => undefined } as unknown as ArticleFinder;
    const { c, texts } = setup({}, finder);
    c.start({});
    const asked = c.ask('descale');
    c.start({});
    slow.resolve([{ id: '1', title: 'Descale your kettle', url: '/a/1', score: 1 }]);
    await asked;
    expect(texts().some((t) => t.includes('These articles may help'))).toBe(false);
  });

  it('a reply to the current conversation is shown', async () => {
    const { c, texts } = setup({ responder: async () => 'It shipped yesterday.' });
    c.start({});
    await c.ask('where is my order?');
    expect(texts().slice(-2)).toEqual(['me: where is my order?', 'bot: It shipped yesterday.']);
  });

  it('a broken inline article tells the visitor plainly, and the developer which field, once', async () => {
    const logged = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const articles = [
      { id: 'a1', title: 'Descale your kettle', url: '/hc/en/articles/a1', body: 'Descaling steps' },
      { id: 'a2', title: 'Bad link', url: 'javascript:alert(1)', body: 'x' },
    ];
    const { c, texts, state } = setup(
      { warn: createLogger().warn, handoff: { type: 'callback', onHandoff: () => {} } },
      createArticleFinder(articles as never, 'en'),
    );
    c.start({});
    await c.ask('descale');
    await c.ask('kettle');
    expect(logged.mock.calls).toEqual([
      ['kikubari: the articles are not usable: articles[1].url must be an http(s) or relative URL (got "javascript:alert(1)") [articles-malformed]'],
    ]);
    logged.mockRestore();
    const last = state().messages[state().messages.length - 1]!;
    expect(last.text).toBe(translator('en')('broken'));
    expect(last.replies!.map((r) => r.act)).toContain('handoff');
    expect(texts().join('\n')).not.toContain('Descale your kettle');
  });

  it('a hand-off that completes after the visitor started over still happens, without a stale message', async () => {
    const slow = deferred<void>();
    const outcomes: string[] = [];
    const warnings: string[] = [];
    const { c, texts, state } = setup({
      handoff: { type: 'callback', onHandoff: () => slow.promise },
      outcome: ((e: string) => outcomes.push(e)) as never,
      warn: (code) => warnings.push(code),
    });
    c.start({});
    c.choose({ label: 'Talk to a person', act: 'handoff' });
    await vi.waitFor(() => expect(state().form).toBeDefined());
    void c.send(state().form!.text);
    c.start({});
    slow.resolve();
    await vi.waitFor(() => expect(outcomes).toContain('handoff'));
    expect(outcomes).toContain('handoff');
    expect(texts().join('\n')).not.toContain(translator('en')('handedOff'));
  });

  it('a failing hand-off tells the visitor and the developer', async () => {
    const warnings: string[] = [];
    const { c, texts, state } = setup({
      handoff: { type: 'callback', onHandoff: async () => { throw new Error('CRM down'); } },
      warn: (code, message) => warnings.push(code + ': ' + message),
    });
    c.start({});
    c.choose({ label: 'Talk to a person', act: 'handoff' });
    await vi.waitFor(() => expect(state().form).toBeDefined());
    await c.send(state().form!.text);
    expect(texts().pop()).toBe('bot: ' + translator('en')('handoffFailed'));
    expect(warnings).toEqual(['handoff: the hand-off (callback) failed: CRM down']);
  });

  it('two questions asked quickly are answered in the order they were asked', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const answers = [first, second];
    const { c, texts, state } = setup({ responder: () => answers.shift()!.promise });
    c.start({});
    const a1 = c.ask('where is my order?');
    const a2 = c.ask('can I change the address?');
    second.resolve('Yes, until it ships.');
    await new Promise((r) => setTimeout(r, 0));
    expect(state().typing).toBe(true); // still working on the first
    first.resolve('It shipped yesterday.');
    await a1;
    await a2;
    expect(texts().slice(-4)).toEqual([
      'me: where is my order?',
      'me: can I change the address?',
      'bot: It shipped yesterday.',
      'bot: Yes, until it ships.',
    ]);
    expect(state().typing).toBe(false);
  });
});

describe('accepting an offer', () => {
  const OFFER = { offerId: 'recent-purchase', message: 'Questions about your recent purchase of Aero Kettle?', reasons: [], topics: ['setup'], product: { sku: 'AK-1', name: 'Aero Kettle' }, score: 1 };
  const HITS = [
    { id: '1', title: 'Setting up your Aero Kettle', url: '/a/1', score: 3, snippet: 'Unpack it.' },
    { id: '2', title: 'Returns and refunds', url: '/a/2', score: 2 },
  ];

  it('opens the panel with the articles found while the offer was shown, and the kinds of help below them', async () => {
    const queries: string[] = [];
    const finder = { search: async (q: string) => (queries.push(q), HITS) } as unknown as ArticleFinder;
    const { c, state } = setup({ page: () => ({ title: 'Aero Kettle lid will not close', heading: 'Aero Kettle lid will not close', rageClicks: 0 }) } as never, finder);
    await c.prefetch(OFFER);
    c.start({ offer: OFFER });
    // Synchronously: no question, no waiting, between the offer and its articles.
    const [offer, list, kinds] = state().messages;
    expect(offer!.text).toBe(OFFER.message);
    expect(list!.articles!.map((a) => a.title)).toEqual(['Setting up your Aero Kettle', 'Returns and refunds']);
    expect(kinds!.replies!.map((r) => r.label)).toEqual(['Setting it up', "It's not working", 'Returns & refunds', 'Something else']);
    expect(queries[0]).toContain('Aero Kettle');
    expect(queries[0]).toContain('lid will not close');
  });

  it('a kind of help re-ranks the list with that kind’s words', async () => {
    const queries: string[] = [];
    const finder = { search: async (q: string) => (queries.push(q), HITS) } as unknown as ArticleFinder;
    const { c, state } = setup({ page: () => ({ title: 'Help', rageClicks: 0 }) } as never, finder);
    c.start({ offer: OFFER });
    await new Promise((r) => setTimeout(r, 0));
    c.choose({ label: 'Returns & refunds', act: 'kind', kind: 'returns' });
    await new Promise((r) => setTimeout(r, 0));
    expect(queries.pop()).toMatch(/^Aero Kettle .*return refund/);
    expect(state().messages.slice(-2).map((m) => !!m.articles)).toEqual([true, false]);
  });

  it('rage clicks on the page make the first articles the troubleshooting ones', async () => {
    const queries: string[] = [];
    const finder = { search: async (q: string) => (queries.push(q), HITS) } as unknown as ArticleFinder;
    const { c } = setup({ page: () => ({ title: 'Set up', rageClicks: 3 }) } as never, finder);
    await c.prefetch(OFFER);
    expect(queries[0]).toContain('troubleshooting');
  });
});

describe('the way to a person', () => {
  it('shows the card before it goes; the text the visitor edited is what is sent, then one skippable rating', async () => {
    const sent: string[] = [];
    const outcomes: [string, unknown][] = [];
    const { c, texts, state } = setup({
      handoff: { type: 'callback', onHandoff: (card) => void sent.push(card.text) },
      outcome: ((e: string, p: unknown) => outcomes.push([e, p])) as never,
      // As the pipeline does once the widget is mounted: the card with what the panel saw.
      context: async () => buildCard({ purchases: [], pages: [], interactions: [] }, { url: '/hc', title: 'Help', type: 'kb' }, 'en', true, c.story),
    });
    c.start({});
    await c.ask('lid will not close');
    c.choose({ label: 'Talk to a person', act: 'handoff' });
    await vi.waitFor(() => expect(state().form).toMatchObject({ away: false }));
    expect(state().form!.text).toContain('Asked: lid will not close');
    await c.send('Asked: lid will not close\nPlease call me.');
    expect(sent).toEqual(['Asked: lid will not close\nPlease call me.']);
    expect(texts().slice(-2)).toEqual(['bot: ' + translator('en')('handedOff'), 'bot: ' + translator('en')('csat')]);
    const rating = state().messages.at(-1)!;
    expect(rating.csat).toBe(true);
    expect(rating.replies!.map((r) => r.label)).toEqual(['1', '2', '3', '4', '5', 'Skip']);
    c.choose(rating.replies![3]!);
    expect(outcomes.filter(([e]) => e == 'csat')).toEqual([['csat', { rating: 4 }]]);
    expect(texts().pop()).toBe('bot: ' + translator('en')('rated'));
  });

  it('skipping the rating puts the question away and fires nothing', async () => {
    const outcomes: string[] = [];
    const { c, state } = setup({ handoff: { type: 'callback', onHandoff: () => {} }, outcome: ((e: string) => outcomes.push(e)) as never });
    c.start({});
    c.choose({ label: 'Talk to a person', act: 'handoff' });
    await vi.waitFor(() => expect(state().form).toBeDefined());
    await c.send('hi');
    c.choose(state().messages.at(-1)!.replies!.at(-1)!);
    expect(state().messages.some((m) => m.csat)).toBe(false);
    expect(outcomes).not.toContain('csat');
  });

  it('when available() says no, it is a message with an email, delivered through the adapter with the card', async () => {
    const cards: { text: string; email?: string }[] = [];
    const { c, state } = setup({ handoff: { type: 'callback', available: () => false, onHandoff: (card) => void cards.push(card) } });
    c.start({});
    await vi.waitFor(() => expect(state().away).toBe(true));
    c.choose({ label: 'Leave a message', act: 'handoff' });
    await vi.waitFor(() => expect(state().form).toMatchObject({ away: true }));
    await c.send('My lid is stuck.', 'me@example.com');
    expect(cards).toEqual([expect.objectContaining({ email: 'me@example.com', text: 'Email: me@example.com\nMy lid is stuck.' })]);
  });
});
