import { afterEach, describe, expect, it, vi } from 'vitest';
/** The card as `context()` gives it: built, and worded with its labels, by the hand-off chunk. */
import { cardWithText as buildCard } from '../../../src/widget/handoff/cardText';
import { handoffUrl, MAX_URL } from '../../../src/widget/handoff/url';
import { runHandoff } from '../../../src/widget/handoff/runHandoff';
import type { ContextCard } from '../../../src/types';

const NOW = Date.parse('2026-11-19T10:00:00Z');
const card: ContextCard = buildCard(
  {
    purchases: [{ orderId: 'A-1001', purchasedAt: NOW - 3 * 864e5, items: [{ sku: 'AK-1', name: 'Aero Kettle' }] }],
    pages: [{ url: 'https://shop.example/hc/en/articles/1', title: 'How to descale', type: 'kb', at: NOW }],
    interactions: [
      { kind: 'vote', id: '1002', helpful: false, at: NOW },
      { kind: 'article', id: '1002', title: 'Lid will not close', at: NOW - 1000 },
      { kind: 'offer', id: 'recent-purchase', outcome: 'accepted', at: NOW - 2000 },
    ],
    visitor: { id: 'v1', customerId: 'cust-42' },
  },
  { url: 'https://shop.example/hc/en/articles/1', title: 'How to descale', type: 'kb' },
  'en',
  true,
);
const w = window as any;

afterEach(() => {
  delete w.zE;
  delete w.Intercom;
  delete w.$crisp;
});

describe('the customer info card', () => {
  it('carries purchases, pages, offers and articles tried with their votes, and the same as text', () => {
    expect(card).toMatchObject({ customerId: 'cust-42', offers: [{ id: 'recent-purchase', outcome: 'accepted' }], articles: [{ id: '1002', helpful: false }] });
    expect(card.text).toContain('Bought 2026-11-16 (order A-1001): Aero Kettle [AK-1]');
    expect(card.text).toContain('Read: Lid will not close (not helpful)');
  });

  it('tells the whole story of the panel first: what was typed, answered, the offer and why, every article shown, opened and voted on', () => {
    const c = buildCard(
      {
        purchases: [],
        pages: [],
        interactions: [
          { kind: 'vote', id: '3001', helpful: false, at: NOW },
          { kind: 'article', id: '3001', title: 'Descaling', at: NOW - 1000 },
        ],
      },
      card.page,
      'en',
      true,
      {
        typed: ['lid will not close'],
        offer: { id: 'recent-purchase', message: 'Questions about your Aero Kettle?', reasons: ['bought Aero Kettle 3 days ago', 'idle 24 s on a help article'] },
        shown: [
          { id: '3001', title: 'Descaling', url: '/a/3001', at: NOW - 3000 },
          { id: '3002', title: 'Lid stuck', url: '/a/3002', at: NOW - 3000 },
        ],
        answers: [{ text: 'Press the hinge until it clicks.', articleId: '3002' }],
      },
    );
    expect(c.typed).toEqual(['lid will not close']);
    expect(c.accepted).toEqual({ id: 'recent-purchase', message: 'Questions about your Aero Kettle?', reasons: ['bought Aero Kettle 3 days ago', 'idle 24 s on a help article'] });
    expect(c.articles).toEqual([
      { id: '3001', title: 'Descaling', url: '/a/3001', shown: true, opened: true, helpful: false, at: NOW - 3000 },
      { id: '3002', title: 'Lid stuck', url: '/a/3002', shown: true, at: NOW - 3000 },
    ]);
    expect(c.text.split('\n').slice(0, 5)).toEqual([
      'Asked: lid will not close',
      'Answered: Press the hinge until it clicks. (from Lid stuck)',
      'Accepted the offer: Questions about your Aero Kettle? (because: bought Aero Kettle 3 days ago; idle 24 s on a help article)',
      'Read: Descaling (not helpful)',
      'Shown: Lid stuck',
    ]);
  });

  it('words its labels in the widget’s language: Japanese on a Japanese widget, English for a language without built-ins', () => {
    const records = { purchases: card.purchases, pages: [], interactions: [] };
    const story = { typed: ['ふたが閉まらない'], shown: [{ id: '3002', title: 'ふたの外し方', url: '/a/3002', at: NOW }], answers: [{ text: 'ヒンジを押します。', articleId: '3002' }] };
    const ja = buildCard(records, { ...card.page, title: 'ケトル' }, 'ja-JP', true, story);
    expect(ja.text.split('\n')).toEqual([
      '質問：ふたが閉まらない',
      '回答：ヒンジを押します。（出典：ふたの外し方）',
      '表示した記事：ふたの外し方',
      'ページ：ケトル <https://shop.example/hc/en/articles/1>',
      '購入 2026-11-16（注文 A-1001）：Aero Kettle [AK-1]',
    ]);
    expect(buildCard(records, card.page, 'ar', true, story).text).toMatch(/^Asked: ふたが閉まらない\nAnswered: /);
  });

  it('leaves purchases out without consent', () => {
    const c = buildCard({ purchases: card.purchases, pages: [], interactions: [] }, card.page, 'en', false);
    expect(c.purchases).toEqual([]);
    expect(c.text).not.toContain('Aero Kettle');
  });
});

describe('hand-off adapters (against stand-ins of each vendor’s documented API)', () => {
  it('Zendesk messaging: tags the conversation, fills the configured ticket field, opens the messenger', async () => {
    w.zE = vi.fn();
    await runHandoff({ type: 'zendesk', fieldId: '360012' }, card, window);
    expect(w.zE.mock.calls).toEqual([
      ['messenger:set', 'conversationTags', ['kikubari']],
      ['messenger:set', 'conversationFields', [{ id: '360012', value: card.text }]],
      ['messenger', 'open'],
    ]);
  });

  it('Zendesk Web Widget (Classic), which Guide help centers still run: the card goes into the contact form’s description and the widget opens', async () => {
    // Classic marks itself zE.widget = 'classic' (how Zendesk's own Copenhagen theme tells the two
    // apart) and has no messenger commands: developer.zendesk.com/api-reference/widget/settings.
    w.zE = Object.assign(vi.fn(), { widget: 'classic' });
    await runHandoff({ type: 'zendesk', fieldId: '360012' }, card, window);
    expect(w.zE.mock.calls).toEqual([
      ['webWidget', 'updateSettings', { webWidget: { contactForm: { fields: [{ id: 'description', prefill: { '*': card.text } }] } } }],
      ['webWidget', 'open'],
    ]);
  });

  it('Intercom: records an event the agent sees and prefills the composer', async () => {
    w.Intercom = vi.fn();
    await runHandoff({ type: 'intercom' }, card, window);
    expect(w.Intercom.mock.calls[0]).toEqual(['trackEvent', 'kikubari-handoff', expect.objectContaining({ order_id: 'A-1001', product: 'Aero Kettle', articles_read: 1 })]);
    expect(w.Intercom.mock.calls[1]).toEqual(['showNewMessage', card.text]);
  });

  it('Crisp: session data, prefilled message, open — also before Crisp has loaded ($crisp is a queue)', async () => {
    w.$crisp = [];
    await runHandoff({ type: 'crisp' }, card, window);
    expect(w.$crisp.map((c: unknown[]) => c.slice(0, 2))).toEqual([
      ['set', 'session:data'],
      ['set', 'message:text'],
      ['do', 'chat:open'],
    ]);
    expect(w.$crisp[1][2]).toEqual([card.text]);
  });

  it('rejects when the vendor widget is not on the page', async () => {
    await expect(runHandoff({ type: 'intercom' }, card, window)).rejects.toThrow(/Intercom is not on this page/);
    await expect(runHandoff({ type: 'zendesk' }, card, window)).rejects.toThrow(/zE/);
  });

  it('callback: receives the card', async () => {
    const onHandoff = vi.fn();
    await runHandoff({ type: 'callback', onHandoff }, card, window);
    expect(onHandoff).toHaveBeenCalledWith(card);
  });

  it('URL: the card goes into {context}, or the body of a mailto, and the URL stays within the length cap', () => {
    expect(handoffUrl(card, '/contact?message={context}')).toBe('/contact?message=' + encodeURIComponent(card.text));
    expect(handoffUrl(card, 'mailto:help@shop.example?subject=Help')).toMatch(/^mailto:help@shop\.example\?subject=Help&body=Read%3A/);
    const long = { ...card, text: 'word '.repeat(2000) };
    const u = handoffUrl(long, 'https://shop.example/contact?m={context}');
    expect(u.length).toBeLessThanOrEqual(MAX_URL);
    expect(decodeURIComponent(u)).toMatch(/word…$/);
  });
});
