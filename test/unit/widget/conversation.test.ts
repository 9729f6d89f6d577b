import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../src/lib/logger';
import { createConversation, type ConversationState } from '../../../src/widget/conversation';
import type { ArticleFinder } from '../../../src/widget/articleFinder';
import type { PipelineToWidget } from '../../../src/seams';
import type { KikubariConfig } from '../../../src/types';
import { translator } from '../../../src/widget/strings';
import { createArticleFinder } from '../../../src/widget/articleFinder';
/** The card as `context()` gives it: built, and worded with its labels, by the hand-off chunk. */
import { cardWithText as buildCard } from '../../../src/widget/handoff/cardText';

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
  const c = createConversation(host, { load() {}, words: () => undefined, ...(finder || { search: async () => [], get: async () => undefined }) } as unknown as ArticleFinder, translator('en'), (s) => (state = s));
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

  it('asked a question with open(), starts loading the articles before the panel is drawn; opened without one, it does not', async () => {
    const order: string[] = [];
    const finder = { load: () => order.push('load'), search: async (q: string) => (order.push('search ' + q), []) } as unknown as ArticleFinder;
    let state: ConversationState = { messages: [], typing: false };
    const host = { locale: 'en', config: {}, purchases: () => [], page: () => ({ title: 'Help', heading: 'Help' }), context: async () => ({}), outcome: () => {}, warn: () => {} };
    const c = createConversation(host as never, finder, translator('en'), (s) => ((state = s), order.push('drawn')));
    c.start({ query: 'descale' });
    await new Promise((r) => setTimeout(r));
    expect(order[0]).toBe('load');
    expect(order).toContain('search descale');
    expect(state.messages.map((m) => m.text)).toContain('descale');
    // Opened without a question (the launcher), the panel is drawn first; the search loads it after that frame.
    order.length = 0;
    c.start({});
    expect(order).not.toContain('load');
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
    expect(texts().slice(-3)).toEqual(['me: where is my order?', 'bot: It shipped yesterday.', 'bot: Did this solve it?']);
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
    expect(texts().filter((t) => t != 'bot: Did this solve it?').slice(-4)).toEqual([
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

describe('a site responder', () => {
  const ARTICLES = [
    { id: '3002', title: 'Aero Kettle is not working', url: '/hc/en/articles/3002', products: ['AK-1'], body: 'Check the plug first. If the light stays off, press the lid until it clicks. The kettle will not heat with the lid open.' },
    { id: '3901', title: 'Returns and refunds', url: '/hc/en/articles/3901', body: 'You can return any product within 30 days. Refunds take five days.' },
    { id: '3202', title: 'Kaze Burr Grinder is not working', url: '/hc/en/articles/3202', products: ['GR-3'], body: 'Empty the hopper.' },
  ];
  const ORDER = { orderId: 'A-1', purchasedAt: Date.now() - 864e5, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] };
  const CARD = { locale: 'en', page: { url: 'https://shop.example/hc/en/kettle-help', title: 'Kettle help', type: 'kb' }, purchases: [ORDER], recentPages: [], offers: [], articles: [], text: 'Page: Kettle help' };

  const ask = async (responder: KikubariConfig['responder'], outcome: (e: string, p: unknown) => void = () => {}) => {
    const { c, state } = setup(
      {
        responder,
        purchases: () => [ORDER] as never,
        context: async () => CARD as never,
        page: () => ({ title: 'Kettle help', product: { sku: 'AK-1', name: 'Aero Kettle' } }) as never,
        outcome: outcome as never,
      },
      createArticleFinder(ARTICLES as never, 'en'),
    );
    c.start({});
    await c.ask('the kettle light stays off');
    // The reply, and "Did this solve it?" after it with the quick replies.
    return { c, reply: () => state().messages.at(-2)!, last: () => state().messages.at(-1)! };
  };

  it('receives the best articles with their best passages, the purchases and the page with its product', async () => {
    let got: any;
    await ask(async (_m, context) => ((got = context), 'Press the lid.'));
    expect(got.matches[0]).toEqual({
      id: '3002',
      title: 'Aero Kettle is not working',
      url: '/hc/en/articles/3002',
      products: ['AK-1'],
      passage: 'If the light stays off, press the lid until it clicks. The kettle will not heat with the lid open.',
    });
    const ids = got.matches.map((m: { id: string }) => m.id);
    expect(ids.indexOf('3202')).toBeGreaterThan(ids.indexOf('3002')); // another product's article only after the purchase's
    expect(got.purchases).toEqual([ORDER]);
    expect(got.page).toEqual({ ...CARD.page, product: { sku: 'AK-1', name: 'Aero Kettle' } });
    expect(got.text).toBe('Page: Kettle help'); // the card is all there
  });

  it('the articles its reply cites become source links under it; ids it makes up are ignored', async () => {
    const { reply } = await ask(async () => ({ text: 'Press the lid until it clicks.', sources: ['3002', 'made-up', '3901'] }));
    expect(reply().text).toBe('Press the lid until it clicks.');
    expect(reply().sources).toEqual([
      expect.objectContaining({ id: '3002', title: 'Aero Kettle is not working', url: '/hc/en/articles/3002' }),
      expect.objectContaining({ id: '3901', title: 'Returns and refunds', url: '/hc/en/articles/3901' }),
    ]);
  });

  it('asks "Did this solve it?"; yes resolves the conversation by the responder, with the first source', async () => {
    const events: [string, unknown][] = [];
    const { c, last } = await ask(async () => ({ text: 'Press the lid.', sources: ['3002'] }), (e, p) => events.push([e, p]));
    expect(last().text).toBe('Did this solve it?');
    const yes = last().replies!.find((r) => r.act == 'solved' && r.yes)!;
    c.choose(yes);
    expect(events).toContainEqual(['conversation:resolved', { by: 'responder', articleId: '3002' }]);
  });

  it('still gets the question when the articles cannot be loaded, with no matches', async () => {
    let got: any;
    const { c } = setup({ responder: async (_m, context) => ((got = context), 'ok'), context: async () => CARD as never }, {
      search: async () => Promise.reject(new Error('offline')),
      get: () => undefined,
      words: () => undefined,
    });
    c.start({});
    await c.ask('hello');
    expect(got.matches).toEqual([]);
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
