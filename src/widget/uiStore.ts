import type { OfferDecision } from '../types';
import { createArticleFinder } from './articleFinder';
import { createConversation, type Conversation, type ConversationState } from './conversation';
import { translator, type Translate } from './strings';
import type { PipelineToWidget } from '../seams';

/** Long enough for a screen reader to register a new live region before text arrives in it. */
const ANNOUNCE_DELAY_MS = 250;

export interface UiState {
  view: 'closed' | 'offer' | 'panel';
  offer?: OfferDecision;
  /** "3 articles about Aero Kettle" under the offer, once they are found. */
  preview?: string;
  /** "Why am I seeing this?" expanded. */
  why: boolean;
  debug: boolean;
  conversation: ConversationState;
  /** Text for the polite live region (announces an offer without moving focus). */
  announce: string;
}

/**
 * The widget's state machine, outside Preact so the core's calls (`offer`, `open`, `close`)
 * and the components share one source of truth. Components render it; actions change it.
 * `soon` runs the opening of the panel: at once, unless the mounting says otherwise.
 */
export function createUiStore(host: PipelineToWidget, soon = (open: () => void) => open()) {
  const t: Translate = translator(host.locale, host.config.strings);
  const listeners: ((s: UiState) => void)[] = [];
  let state: UiState = { view: 'closed', why: false, debug: false, conversation: { messages: [], typing: false }, announce: '' };
  const set = (patch: Partial<UiState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l(state));
  };
  const conversation: Conversation = createConversation(host, createArticleFinder(host.config.articles, host.locale, host.root.ownerDocument), t, (c) => set({ conversation: c }));
  let opener: HTMLElement | undefined;
  const expanded = (open: boolean) => host.launcher && host.launcher.setAttribute('aria-expanded', String(open));

  const actions = {
    offer(decision: OfferDecision) {
      if (state.view == 'panel') return;
      set({ view: 'offer', offer: decision, preview: undefined, why: false, announce: '' });
      const product = decision.product && decision.product.name;
      conversation.prefetch(decision).then(
        (hits) =>
          state.offer === decision &&
          hits.length > 1 &&
          set({ preview: t(product ? 'previewFor' : 'preview').replace('{n}', '' + hits.length).replace('{product}', product!) }),
        () => {}, // told when the panel asks again
      );
      // Announced a moment after the live region is in place: a screen reader ignores text that
      // arrives with a region it has not seen yet (the widget mounts with the first offer).
      setTimeout(() => state.offer === decision && set({ announce: decision.message }), ANNOUNCE_DELAY_MS);
    },
    accept() {
      const offer = state.offer;
      if (!offer) return;
      host.outcome('offer:accepted', offer);
      actions.open('offer', undefined, offer);
    },
    dismiss(forever = false) {
      const offer = state.offer;
      if (offer) host.outcome('offer:dismissed', { ...offer, forever });
      set({ view: 'closed', offer: undefined, why: false, announce: forever ? t('muted') : '' });
    },
    toggleWhy() {
      set({ why: !state.why });
    },
    open(source: 'launcher' | 'api' | 'offer', query?: string, offer?: OfferDecision) {
      soon(() => {
        const wasOpen = state.view == 'panel';
        if (!wasOpen) {
          // Where focus returns on close: the page's own control that opened us (a "Contact us"
          // button calling open()), else the launcher.
          const active = host.root.ownerDocument.activeElement as HTMLElement | null;
          opener = active && active != host.root.host && active != host.root.ownerDocument.body ? active : undefined;
        }
        if (!wasOpen || query || offer) conversation.start({ offer, query });
        set({ view: 'panel', offer: undefined, why: false, announce: '' });
        expanded(true);
        if (!wasOpen) host.outcome('chat:opened', { source });
      });
    },
    close() {
      if (state.view == 'offer') return actions.dismiss();
      if (state.view != 'panel') return;
      set({ view: 'closed' });
      expanded(false);
      host.outcome('chat:closed', {});
    },
    launch() {
      if (state.view == 'panel') actions.close();
      else if (state.view == 'offer') actions.accept();
      else actions.open('launcher');
    },
    debug(on = true) {
      set({ debug: on });
    },
  };

  return {
    get state() {
      return state;
    },
    /** Where focus goes when the panel closes. */
    returnFocus() {
      const el = opener && opener.isConnected ? opener : host.launcher;
      el && el.focus();
    },
    subscribe(l: (s: UiState) => void) {
      listeners.push(l);
      return () => listeners.splice(listeners.indexOf(l), 1);
    },
    t,
    conversation,
    actions,
  };
}

export type UiStore = ReturnType<typeof createUiStore>;
