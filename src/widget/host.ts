import type { Interaction } from '../context/records';
import type { ArticleSource, ContextCard, EventMap, EventName, HandoffConfig, Inspection, PageSnapshot, Responder, StoredOrder, Theme } from '../types';
import type { Core } from './WidgetHost';

/** The widget's own view of the core: what its components and conversation use. */
export interface Host {
  root: ShadowRoot;
  launcher?: HTMLButtonElement;
  locale: string;
  theme: Theme;
  strings: Record<string, Record<string, string>>;
  articles?: ArticleSource;
  handoff?: HandoffConfig;
  responder?: Responder;
  purchases(): StoredOrder[];
  page(): PageSnapshot;
  context(): Promise<ContextCard>;
  inspect(): Inspection;
  fireOffer(offerId: string): void;
  /** Record an outcome in the visitor's context and emit it as an event. */
  outcome<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** A problem in the site's setup (a broken article source, a failing responder), for its developer. */
  warn(code: string, message: string): void;
}

/** What each outcome records in the store (offers shown/held out are recorded by the core). */
const RECORD: { [E in EventName]?: (p: any) => Omit<Interaction, 'at'> } = {
  'offer:accepted': (p) => ({ kind: 'offer', id: p.offerId, outcome: 'accepted' }),
  'offer:dismissed': (p) => ({ kind: 'offer', id: p.offerId, outcome: p.forever ? 'muted' : 'dismissed' }),
  'article:opened': (p) => ({ kind: 'article', id: p.articleId, title: p.title }),
  'article:voted': (p) => ({ kind: 'vote', id: p.articleId, helpful: p.helpful }),
  handoff: (p) => ({ kind: 'handoff', id: p.adapter }),
};

export function toHost(core: Core): Host {
  const { config } = core;
  return {
    root: core.root,
    launcher: core.launcher,
    locale: core.locale,
    theme: core.theme,
    strings: config.strings || {},
    articles: config.articles,
    handoff: config.handoff,
    responder: config.responder,
    purchases: core.purchases,
    page: () => core.snapshot().page,
    context: core.context,
    inspect: core.inspect,
    fireOffer: core.fire,
    warn: core.warn,
    outcome(event, payload) {
      const make = RECORD[event];
      if (make) core.record(make(payload));
      core.emit(event, payload);
    },
  };
}
