import type { EventMap, OfferDecision, OrderItem, ResponderReply } from '../types';
import { RECENT_PURCHASE_DAYS } from '../engine/defaultOffer';
import { lang } from '../lib/locale';
import { DAY_MS } from '../lib/time';
import { errorText } from '../lib/errorText';
import { cut } from '../lib/cut';
import { afterPaint } from '../lib/afterPaint';
import { checkArticle } from '../search/checkArticle';
import type { ArticleHit, ArticleFinder } from './articleFinder';
import { bestPassage, groundedAnswer } from './groundedAnswer';
import { KIND_WORDS, type StringKey, type Translate } from './strings';
import type { CardStory, PipelineToWidget } from '../seams';

type HandoffStep = import('./handoff/handoffStep').HandoffStep;
type SendForm = typeof import('./handoff/SendForm').SendForm;
type StepForm = import('./handoff/SendForm').StepForm;

/**
 * The hand-off chunk (`handoff.mjs`): the adapters, the "is anyone there?" check, the hand-off step
 * and the card's text. Imported here only: the build keeps this one import as the chunk beside us.
 */
export const handoffChunk = () => import('../entrypoints/handoff');

export type Kind = 'setup' | 'broken' | 'returns' | 'other';

/** A button under a bot message. */
export type Reply =
  | { label: string; act: 'kind'; kind: Kind }
  | { label: string; act: 'handoff' }
  | { label: string; act: 'retry' }
  | { label: string; act: 'again' }
  | { label: string; act: 'solved'; yes: boolean; by: Solver; articleId?: string }
  /** The optional rating: 1 (poor) to 5 (great), 0 to skip it. */
  | { label: string; act: 'rate'; rating: number };

type Solver = EventMap['conversation:resolved']['by'];

export interface Message {
  id: number;
  from: 'bot' | 'me';
  text: string;
  articles?: ArticleHit[];
  /** A passage quoted from the best article (its source), for a typed question that clearly matched one. */
  quote?: string;
  /** Shown above the articles, e.g. "Closest articles — they may not answer it". */
  label?: string;
  /** Where the message comes from, shown as links under it: the quoted article, or those a responder's reply cites. */
  sources?: { id: string; title: string; url: string }[];
  replies?: Reply[];
  /** The rating question (part `csat`). */
  csat?: boolean;
}

export interface ConversationState {
  messages: Message[];
  /** Waiting on the article search or the site's responder. */
  typing: boolean;
  /** The article being read inside the panel, with whether it has been voted on. */
  reading?: { article: ArticleHit; voted?: boolean };
  /**
   * The hand-off step: the card's text as it will be sent, for the visitor to read and edit; with
   * `away`, nobody can answer now and it is a message with an email address (part `leave-message`).
   */
  form?: StepForm & { view: SendForm };
  /** Nobody can answer now (outside `handoff.businessHours`, or `handoff.available()` said no): the way to a person is "Leave a message". */
  away?: boolean;
}

/** A responder gets this long before we say we could not answer. */
const RESPONDER_TIMEOUT_MS = 15000;
/** The rating question's scale: 1 (poor) to 5 (great), the usual CSAT scale. */
const RATINGS = [1, 2, 3, 4, 5];

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
  /** Ids of the articles shown in this conversation: "No" offers the next ones. */
  let shown: string[] = [];
  /** What the panel saw on this page, for the card (kept across conversations, never stored). */
  const story: CardStory = { typed: [], shown: [], answers: [] };
  /** The rating question is asked once per conversation. */
  let rated = false;
  /** Articles looked up while the offer was on screen, so the panel opens with them. */
  let early: { offer: OfferDecision; hits?: ArticleHit[]; done: Promise<ArticleHit[]> } | undefined;
  let lastQuery: { text: string; context: boolean } | undefined;
  /** Bumped by start(): an answer to an earlier conversation is dropped, not added to this one. */
  let generation = 0;
  /** Bumped by each thing the visitor says: articles looked up from context before it are stale. */
  let turn = 0;

  const set = (patch: Partial<ConversationState>) => onChange((state = { ...state, ...patch }));
  /** The messages with every quick reply put away: they answer the latest message only. */
  const calm = () => state.messages.map((m) => (m.replies ? { ...m, replies: undefined } : m));
  const say = (from: Message['from'], text: string, extra: Partial<Message> = {}) => set({ messages: calm().concat({ id: ++seq, from, text, ...extra }) });
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
  /** Articles now on screen: "No" skips them, and the card lists them. */
  const showing = (hits: ArticleHit[]) => {
    shown = shown.concat(hits.map((h) => h.id));
    hits.forEach(({ id, title, url }) => story.shown.push({ id, title, url, at: Date.now() }));
  };

  /** The hand-off step (in the chunk) and what it keeps: the card shown, what the visitor wrote in it, the last "is anyone there?". */
  const step: HandoffStep = {
    host,
    gen: () => generation,
    set,
    done: (key) => (key == 'handoffFailed' ? bot(key, { replies: handoffReply() }) : (bot(key), askRating())),
  };

  /** One optional rating after a resolution or a hand-off: skippable, and typing goes on past it. */
  const askRating = () =>
    rated ||
    ((rated = true),
    bot('csat', { csat: true, replies: RATINGS.map((rating): Reply => ({ label: '' + rating, act: 'rate', rating })).concat({ label: t('skip'), act: 'rate', rating: 0 }) }));

  const askKind = () => bot('kind', { replies: kinds().concat(handoffReply()) });

  /** The purchased item an offer (or the launcher) is about: the one it names, else the only recent one. */
  const itemFor = (offer?: OfferDecision): OrderItem | undefined => {
    const items = recentItems();
    const named = offer && offer.product;
    return named ? items.find((i) => i.sku == named.sku) || (named as OrderItem) : items.length == 1 ? items[0] : undefined;
  };

  /**
   * The query kikubari can ask before the visitor says anything: the product, the kind of help
   * (rage clicks read as "it's not working"), the offer's topics, the page's heading.
   */
  const contextQuery = (k = kind, it = item, tp = topics) => {
    const page = host.page();
    const words = (KIND_WORDS[lang(host.locale)] || KIND_WORDS.en!)[k == 'other' && page.rageClicks ? 'broken' : k] || '';
    return [it && it.name, it && it.category, words, k == 'other' ? tp.join(' ') + ' ' + (page.heading || page.title) : !it ? page.heading || page.title : '']
      .filter(Boolean)
      .join(' ');
  };

  const owned = () => host.purchases().flatMap((o) => o.items.map((i) => i.sku));
  const find = (text: string, it = item, tp = topics, typed?: boolean, exclude?: string[]) =>
    // Returns and refunds are the shop's, not a product's: no product's articles jump the queue.
    finder.search(text, { products: kind == 'returns' ? [] : it ? [it.sku] : owned(), owned: owned(), topics: tp, limit: 3, typed, exclude });

  /** "Did this solve it?" after an answer, in words (it names the Yes and No below it), then the way to a person. */
  const askSolved = (by: Solver, articleId?: string) =>
    bot('helpful', { replies: [true, false].map((yes): Reply => ({ label: t(yes ? 'yes' : 'no'), act: 'solved', yes, by, articleId })).concat(handoffReply()) });

  /** The visitor said whether an answer or an article solved it: thanks, or the next best articles, then a person. */
  const solved = async (yes: boolean, by: Solver, articleId?: string) => {
    if (yes) {
      host.outcome('conversation:resolved', { by, articleId });
      bot('glad');
      return askRating();
    }
    const g = generation;
    const q = lastQuery || { text: contextQuery(), context: true };
    let hits: ArticleHit[] = [];
    try {
      hits = await find(q.text, item, topics, !q.context, shown);
    } catch {
      /* the way to a person is the answer then */
    }
    if (g != generation) return;
    if (hits.length) {
      showing(hits);
      bot('moreArticles', { articles: hits, replies: handoffReply() });
    } else bot('sorry', { replies: [...handoffReply(), { label: t('askAgain'), act: 'again' }] });
  };

  /** Articles chosen from context, then the kinds of help below them to re-rank. */
  const suggest = (hits: ArticleHit[]) => {
    showing(hits);
    bot('suggested', { articles: hits });
    askKind();
  };

  const search = async (text: string, fromContext: boolean, pending?: Promise<ArticleHit[]>) => {
    const g = generation;
    const tn = turn;
    lastQuery = { text, context: fromContext };
    set({ typing: true });
    try {
      const hits = await (pending || find(text, item, topics, !fromContext));
      if (g != generation || tn != turn) return;
      set({ typing: false });
      if (fromContext && hits.length) suggest(hits);
      else if (fromContext && kind == 'other') askKind();
      else if (hits.length) {
        showing(hits);
        const answer = groundedAnswer(text, hits, finder.words());
        if (answer) story.answers.push({ text: answer.passage, articleId: answer.article.id });
        // Quoted only above the confidence bar; below it, an honest "no good match", and the
        // closest articles only under a label that says what they are.
        if (answer) bot('answer', { quote: answer.passage, sources: [answer.article], articles: hits.slice(1), label: hits.length > 1 ? t('more') : undefined }), askSolved('answer', answer.article.id);
        else bot('noMatch', { articles: hits, label: t('closest'), replies: handoffReply() });
      } else bot('noneFound', { replies: (fromContext ? kinds() : []).concat(handoffReply()) });
    } catch (e) {
      const code = (e as { code?: string }).code;
      // Told once per kind: a blip offline must not hide the later "which field is wrong".
      host.warn('articles-' + (code || 'failed'), errorText(e).replace(/^kikubari: /, ''));
      if (g != generation || tn != turn) return;
      set({ typing: false });
      // Unreachable: worth another try. Malformed: trying again will not help; a person will.
      if (code == 'malformed') bot('broken', { replies: handoffReply() });
      else bot('offline', { replies: [{ label: t('retry'), act: 'retry' }, ...handoffReply()] });
    }
  };

  // Questions are answered one at a time, in the order they were asked.
  let answering: Promise<void> = Promise.resolve();
  const ask = (text: string) => {
    turn++;
    say('me', text);
    story.typed.push(cut(text, 500));
    const g = generation;
    return (answering = answering.then(() => (g == generation ? answer(text) : undefined)));
  };

  const answer = async (text: string) => {
    if (!host.config.responder) return search(text, false);
    const g = generation;
    set({ typing: true });
    try {
      // The responder answers from what kikubari knows: the card, the page's product, and the best
      // articles for the message with their best passages (none if the articles fail: it still answers).
      const reply = await Promise.race([
        Promise.all([host.context(), find(text, item, topics, true).catch(() => [])]).then(([card, hits]) =>
          host.config.responder!(text, {
            ...card,
            page: { ...card.page, product: host.page().product },
            matches: hits.map((h) => ({ id: h.id, title: h.title, url: h.url, products: h.products, passage: bestPassage(text, h, finder.words()) })),
          }),
        ),
        new Promise<never>((_, no) => setTimeout(() => no(new Error('timeout')), RESPONDER_TIMEOUT_MS)),
      ]);
      if (g != generation) return;
      const { text: answer, articles, sources } = normalise(reply);
      set({ typing: false });
      // A responder's articles are checked like any others: a bad one (a javascript: link) is left out.
      const valid = list(articles).slice(0, 3).flatMap((a, i) => {
        try {
          return [{ ...checkArticle(a, 'responder articles[' + i + ']'), score: 1 }];
        } catch {
          return [];
        }
      });
      story.answers.push({ text: cut(answer, 1000) });
      showing(valid);
      // Cited articles become links, found in the index by id; an id it does not know is ignored.
      const cited = list(sources).flatMap((id) => finder.get(String(id)) || []).slice(0, 3);
      say('bot', answer, { articles: valid, sources: cited });
      askSolved('responder', cited[0] && cited[0].id);
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

    /** What the panel saw on this page: the mounted widget's card includes it. */
    story,

    /**
     * Look up the articles for an offer while it is on screen, so that accepting it opens the
     * panel with them already there. Resolves with them (the bubble may preview how many).
     */
    prefetch(offer: OfferDecision): Promise<ArticleHit[]> {
      const it = itemFor(offer);
      const tp = offer.topics || [];
      const e: NonNullable<typeof early> = { offer, done: find(contextQuery('other', it, tp), it, tp) };
      early = e;
      e.done.then((hits) => (e.hits = hits), () => {});
      return e.done;
    },

    /** Start (or restart) the conversation for an accepted offer, the launcher, or `open({ query })`. */
    start(from: { offer?: OfferDecision; query?: string }) {
      // Asked a question: the index is requested before the panel is drawn (its first layout is
      // 20 ms of a Japanese first answer at 1× in Chromium), not by the search after it. (Opened
      // without one, the panel is painted first: the search starts after that frame, below.)
      if (from.query) finder.load();
      generation++;
      kind = 'other';
      shown = [];
      topics = (from.offer && from.offer.topics) || [];
      item = itemFor(from.offer);
      rated = false;
      set({ messages: [], typing: false, reading: undefined, form: undefined });
      // Asked when the panel opens (the label says which way to a person it is, and follows a late
      // answer) and again on the way there.
      const h = host.config.handoff;
      if (h && (h.businessHours || h.available)) handoffChunk().then((m) => m.askAway(step), () => {});
      if (from.offer) {
        const { offerId: id, message, reasons } = from.offer;
        story.offer = { id, message, reasons };
        say('bot', message);
      }
      else bot('greeting');
      const e = from.offer && early && early.offer === from.offer ? early : undefined;
      early = undefined;
      if (from.query) return void ask(from.query);
      // No question before the answers: the articles for what kikubari knows come first.
      if (e && e.hits) return suggest(e.hits);
      // The panel is painted first, with the greeting (or the offer), and the article search
      // ("Typing…", and on the launcher's first open the index loaded and built) starts a task
      // after that frame. Measured (trace, 10 clicks each): the click's task 28 → 19 ms, click →
      // panel painted 36 → 22 ms; "Typing…" drawn with the panel cost most of it.
      const g = generation;
      const tn = turn;
      const q = contextQuery();
      void afterPaint(() => void (g == generation && tn == turn && search(q, true, e && e.done)));
    },

    choose(reply: Reply) {
      turn++;
      if (reply.act == 'rate') {
        // Not echoed: a rating is thanked, a skip just puts the question away.
        if (!reply.rating) return set({ messages: state.messages.filter((m) => !m.csat) });
        host.outcome('csat', { rating: reply.rating });
        return set({ messages: calm().concat({ id: ++seq, from: 'bot', text: t('rated') }) });
      }
      if (reply.act == 'handoff') {
        // Not echoed, like an article opened: the step fills the panel, and Back finds the way to a
        // person where it was. The card as it will be sent, or the message form when nobody is there.
        const g = generation;
        return void handoffChunk().then((m) => m.showStep(step, g), () => step.done('handoffFailed'));
      }
      say('me', reply.label);
      if (reply.act == 'kind') {
        kind = reply.kind;
        if (kind == 'other' && !topics.length && !item) bot('kindOtherPrompt');
        else void search(contextQuery(), true);
      } else if (reply.act == 'retry') {
        void search(lastQuery ? lastQuery.text : contextQuery(), true);
      } else if (reply.act == 'again') {
        bot('kindOtherPrompt');
      } else if (reply.act == 'solved') {
        void solved(reply.yes, reply.by, reply.articleId);
      }
    },

    ask,

    open(article: ArticleHit) {
      host.outcome('article:opened', { articleId: article.id, title: article.title, url: article.url });
      set({ reading: { article } });
    },

    /** Back to the conversation from an article or the hand-off step. */
    back() {
      set({ reading: undefined, form: undefined });
    },

    /** Send the hand-off step: the card with the visitor's text (and, leaving a message, their email). */
    send(text: string, email?: string) {
      const g = generation;
      return handoffChunk().then((m) => m.sendStep(step, g, text, email));
    },

    vote(helpful: boolean) {
      const reading = state.reading;
      if (!reading || reading.voted) return;
      host.outcome('article:voted', { articleId: reading.article.id, helpful });
      set({ reading: undefined });
      say('me', helpful ? t('yes') : t('no'));
      void solved(helpful, 'article', reading.article.id);
    },
  };
}

/** The reply as `{ text, … }`; anything without a text is the responder's fault, told to the developer. */
function normalise(reply: ResponderReply): Exclude<ResponderReply, string> {
  const r = typeof reply == 'string' ? { text: reply } : reply;
  if (!r || typeof r.text != 'string') throw new Error('responder returned neither a string nor { text }');
  return r;
}

/** A field of the reply that should be a list: anything else counts as none. */
const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

export type Conversation = ReturnType<typeof createConversation>;
