import type { Article, OfferDecision, OrderItem, ResponderReply } from '../types';
import { RECENT_PURCHASE_DAYS } from '../engine/defaultOffer';
import { lang } from '../lib/locale';
import { DAY_MS } from '../lib/time';
import { errorText } from '../lib/errorText';
import { checkArticle } from '../search/checkArticle';
import type { ArticleHit, ArticleFinder } from './articleFinder';
import { runHandoff } from './handoff/runHandoff';
import { KIND_WORDS, type StringKey, type Translate } from './strings';
import type { PipelineToWidget } from '../seams';

export type Kind = 'setup' | 'broken' | 'returns' | 'other';

/** A button under a bot message. */
export type Reply =
  | { label: string; act: 'purchase'; item?: OrderItem }
  | { label: string; act: 'kind'; kind: Kind }
  | { label: string; act: 'handoff' }
  | { label: string; act: 'retry' }
  | { label: string; act: 'again' };

export interface Message {
  id: number;
  from: 'bot' | 'me';
  text: string;
  articles?: ArticleHit[];
  replies?: Reply[];
}

export interface ConversationState {
  messages: Message[];
  /** Waiting on the article search or the site's responder. */
  typing: boolean;
  /** The article being read inside the panel, with whether it has been voted on. */
  reading?: { article: ArticleHit; voted?: boolean };
}

/** A responder gets this long before we say we could not answer. */
const RESPONDER_TIMEOUT_MS = 15000;

/**
 * The guided conversation: which purchase (when there are several), what kind of help, the
 * matching articles, "did this help?", then a person. Free text goes to the site's responder
 * when there is one, else to the article search. Everything shown is text.
 */
export function createConversation(host: PipelineToWidget, finder: ArticleFinder, t: Translate, onChange: (s: ConversationState) => void) {
  let state: ConversationState = { messages: [], typing: false };
  let seq = 0;
  let item: OrderItem | undefined;
  let kind: Kind = 'other';
  let topics: string[] = [];
  let lastQuery: { text: string; context: boolean } | undefined;
  /** Bumped by start(): an answer to an earlier conversation is dropped, not added to this one. */
  let generation = 0;

  const set = (patch: Partial<ConversationState>) => onChange((state = { ...state, ...patch }));
  const say = (from: Message['from'], text: string, extra: Partial<Message> = {}) =>
    set({ messages: state.messages.map((m) => (m.replies ? { ...m, replies: undefined } : m)).concat({ id: ++seq, from, text, ...extra }) });
  const bot = (key: StringKey, extra?: Partial<Message>) => say('bot', t(key), extra);

  const recentItems = () => {
    const seen: Record<string, 1> = {};
    const out: OrderItem[] = [];
    for (const o of host.purchases())
      if (Date.now() - o.purchasedAt <= RECENT_PURCHASE_DAYS * DAY_MS)
        for (const i of o.items) if (!seen[i.sku] && (seen[i.sku] = 1)) out.push(i);
    return out;
  };

  const kinds = (): Reply[] => [
    { label: t('kindSetup'), act: 'kind', kind: 'setup' },
    { label: t('kindBroken'), act: 'kind', kind: 'broken' },
    { label: t('kindReturns'), act: 'kind', kind: 'returns' },
    { label: t('kindOther'), act: 'kind', kind: 'other' },
  ];
  const handoffReply = (): Reply[] => (host.config.handoff ? [{ label: t('handoff'), act: 'handoff' }] : []);

  const askKind = () => bot('kind', { replies: kinds() });

  /** The first query comes from context: the product, the kind of help, the offer's topics, the page. */
  const contextQuery = () => {
    const words = (KIND_WORDS[lang(host.locale)] || KIND_WORDS.en!)[kind] || '';
    const page = host.page();
    return [item && item.name, item && item.category, words, kind == 'other' ? topics.join(' ') : '', !item ? page.heading || page.title : '']
      .filter(Boolean)
      .join(' ');
  };

  const search = async (text: string, fromContext: boolean) => {
    const g = generation;
    lastQuery = { text, context: fromContext };
    set({ typing: true });
    try {
      const hits = await finder.search(text, { products: item ? [item.sku] : host.purchases().flatMap((o) => o.items.map((i) => i.sku)), topics, limit: 3 });
      if (g != generation) return;
      set({ typing: false });
      if (hits.length) bot('found', { articles: hits, replies: handoffReply() });
      else bot('noneFound', { replies: handoffReply() });
    } catch (e) {
      const code = (e as { code?: string }).code;
      // Told once per kind: a blip offline must not hide the later "which field is wrong".
      host.warn('articles-' + (code || 'failed'), errorText(e).replace(/^kikubari: /, ''));
      if (g != generation) return;
      set({ typing: false });
      // Unreachable: worth another try. Malformed: trying again will not help; a person will.
      if (code == 'malformed') bot('broken', { replies: handoffReply() });
      else bot('offline', { replies: [{ label: t('retry'), act: 'retry' }, ...handoffReply()] });
    }
  };

  // Questions are answered one at a time, in the order they were asked.
  let answering: Promise<void> = Promise.resolve();
  const ask = (text: string) => {
    say('me', text);
    const g = generation;
    return (answering = answering.then(() => (g == generation ? answer(text) : undefined)));
  };

  const answer = async (text: string) => {
    if (!host.config.responder) return search(text, false);
    const g = generation;
    set({ typing: true });
    try {
      const reply = await Promise.race([
        host.context().then((card) => host.config.responder!(text, card)),
        new Promise<never>((_, no) => setTimeout(() => no(new Error('timeout')), RESPONDER_TIMEOUT_MS)),
      ]);
      if (g != generation) return;
      const { text: answer, articles } = normalise(reply);
      set({ typing: false });
      // A responder's articles are checked like any others: a bad one (a javascript: link) is left out.
      const valid = (articles || []).flatMap((a, i) => {
        try {
          return [{ ...checkArticle(a, 'responder articles[' + i + ']'), score: 1 }];
        } catch {
          return [];
        }
      });
      say('bot', answer, { articles: valid, replies: handoffReply() });
    } catch (e) {
      host.warn('responder', 'the responder failed: ' + errorText(e));
      if (g != generation) return;
      set({ typing: false });
      bot('responderError', { replies: handoffReply() });
    }
  };

  return {
    get state() {
      return state;
    },

    /** Start (or restart) the conversation for an accepted offer, the launcher, or `open({ query })`. */
    start(from: { offer?: OfferDecision; query?: string }) {
      generation++;
      item = undefined;
      kind = 'other';
      topics = (from.offer && from.offer.topics) || [];
      set({ messages: [], typing: false, reading: undefined });
      if (from.offer) say('bot', from.offer.message);
      else bot('greeting');
      if (from.query) return void ask(from.query);
      const items = recentItems();
      const named = from.offer && from.offer.product;
      item = named ? items.find((i) => i.sku == named.sku) || (named as OrderItem) : items.length == 1 ? items[0] : undefined;
      if (!item && items.length > 1)
        bot('whichPurchase', {
          replies: items
            .slice(0, 4)
            .map((i): Reply => ({ label: i.name, act: 'purchase', item: i }))
            .concat({ label: t('otherPurchase'), act: 'purchase' }),
        });
      else askKind();
    },

    choose(reply: Reply) {
      say('me', reply.label);
      if (reply.act == 'purchase') {
        item = reply.item;
        askKind();
      } else if (reply.act == 'kind') {
        kind = reply.kind;
        if (kind == 'other' && !topics.length && !item) bot('kindOtherPrompt');
        else void search(contextQuery(), true);
      } else if (reply.act == 'retry') {
        void search(lastQuery ? lastQuery.text : contextQuery(), true);
      } else if (reply.act == 'again') {
        bot('kindOtherPrompt');
      } else if (reply.act == 'handoff') {
        void handoff();
      }
    },

    ask,

    open(article: ArticleHit) {
      host.outcome('article:opened', { articleId: article.id, title: article.title, url: article.url });
      set({ reading: { article } });
    },

    back() {
      set({ reading: undefined });
    },

    vote(helpful: boolean) {
      const reading = state.reading;
      if (!reading || reading.voted) return;
      host.outcome('article:voted', { articleId: reading.article.id, helpful });
      set({ reading: undefined });
      say('me', helpful ? t('yes') : t('no'));
      if (helpful) bot('glad', { replies: [{ label: t('askAgain'), act: 'again' }] });
      else bot('sorry', { replies: [...handoffReply(), { label: t('askAgain'), act: 'again' }] });
    },
  };

  async function handoff() {
    const g = generation;
    const adapter = host.config.handoff!.type;
    try {
      const card = await host.context();
      await runHandoff(host.config.handoff!, card, window);
      // The hand-off happened even if the visitor has since started over; only the message is stale.
      host.outcome('handoff', { adapter, context: card });
      if (g == generation) bot('handedOff');
    } catch (e) {
      host.warn('handoff', 'the hand-off (' + adapter + ') failed: ' + errorText(e));
      if (g == generation) bot('handoffFailed', { replies: handoffReply() });
    }
  }
}

function normalise(reply: ResponderReply): { text: string; articles?: Article[] } {
  if (typeof reply == 'string') return { text: reply };
  if (reply && typeof reply.text == 'string') return { text: reply.text, articles: Array.isArray(reply.articles) ? reply.articles.slice(0, 3) : undefined };
  throw new Error('responder returned neither a string nor { text }');
}

export type Conversation = ReturnType<typeof createConversation>;
