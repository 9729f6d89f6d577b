import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { checkHandoff } from '../config/checkHandoff';
import { checkLinks } from '../config/checkLinks';
import { adoptCss } from '../lib/adoptCss';
import { cardWithText } from './cardWithText';
import { KikubariError } from '../lib/KikubariError';
import { queueTask } from '../lib/task';
import { SLICE_MS } from '../search/pause';
import { ChatPanel } from './ChatPanel';
import { DebugOverlay } from './DebugOverlay';
import { OfferBubble } from './OfferBubble';
import { isRtl } from './strings';
import { WIDGET_CSS } from './styles';
import { createUiStore, type UiStore } from './uiStore';
import { unknownThemeVars } from './checkThemeVars';
import { followColorScheme } from './followColorScheme';
import type { PipelineToWidget, WidgetToPipeline } from '../seams';

function App({ store, host }: { store: UiStore; host: PipelineToWidget }) {
  const [state, setState] = useState(store.state);
  // Layout effects run in the commit itself; plain effects wait for an animation frame,
  // which a hidden tab (or a paused test clock) may never give.
  useLayoutEffect(() => store.subscribe(setState), []);
  const { actions, t } = store;

  // When the panel closes, focus goes back to what opened it (WAI-ARIA dialog pattern).
  const [wasOpen, setWasOpen] = useState(false);
  useLayoutEffect(() => {
    if (wasOpen && state.view != 'panel') store.returnFocus();
    setWasOpen(state.view == 'panel');
  }, [state.view]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key == 'Escape' && state.view != 'closed') {
      e.stopPropagation();
      actions.close();
    }
  };

  return (
    <div class="k" onKeyDown={onKeyDown}>
      <div class="sr" aria-live="polite">
        {state.announce}
      </div>
      {state.view == 'offer' && state.offer && (
        <OfferBubble offer={state.offer} preview={state.preview} why={state.why} t={t} onAccept={actions.accept} onDismiss={actions.dismiss} onWhy={actions.toggleWhy} />
      )}
      {state.view == 'panel' && (
        <ChatPanel state={state.conversation} conversation={store.conversation} theme={host.theme} replyTime={host.config.handoff && host.config.handoff.replyTime} t={t} onClose={actions.close} />
      )}
      {state.debug && <DebugOverlay root={host.root} inspect={host.inspect} fire={host.fireOffer} t={t} onClose={() => actions.debug(false)} />}
    </div>
  );
}

/**
 * Mount the widget into the core's shadow root. The lazy chunk's one entry point: Preact, the
 * conversation, the article search and the hand-off adapters all arrive with it.
 */
export function mountWidget(host: PipelineToWidget): WidgetToPipeline {
  let start = performance.now();
  // The config's links and hand-off are checked where they are used (the script tag's always-loaded
  // check has no room): a `javascript:` URL makes the widget refuse to mount, naming the field.
  checkHandoff(host.config);
  checkLinks(host.config);
  const root = host.root;
  // No shadow root: the page removed `attachShadow` (the core logged it once). No widget.
  if (!root) throw new KikubariError('no shadow DOM');
  adoptCss(root, WIDGET_CSS);
  // The widget's language, for screen readers, glyph choice and its Japanese fonts (styles.ts).
  root.host.setAttribute('lang', host.locale);
  if (isRtl(host.locale)) root.host.setAttribute('dir', 'rtl');
  // Theme handling (issue 18): the resolved light/dark scheme, and typos in theme.vars.
  const stopScheme = followColorScheme(root.host);
  // An unknown `--kikubari-*` name is worded (with a "did you mean") by the debug chunk: only the
  // site's designer reads it, and visitors' widget chunk need not carry it.
  const vars = host.theme.vars;
  if (unknownThemeVars(vars).length) import('../entrypoints/debug').then((m) => m.checkThemeVars(vars, host.warn), () => {});
  const container = root.ownerDocument.createElement('div');
  root.append(container);
  // Opened by the press (or the site's `open()`) that had to mount the widget (the pipeline
  // started in the same task), on a device where mounting alone took more than a slice: the panel
  // is drawn in a task of its own, a frame later (all of it in the click's task was up to 67 ms at
  // 4× CPU). On a fast device, or once mounted (the next task on), the panel is drawn in the
  // press's own task: one frame sooner.
  const store = createUiStore(host, (open) => (performance.now() - start > SLICE_MS ? queueTask(open) : open()));
  queueTask(() => (start = Infinity));
  render(<App store={store} host={host} />, container);
  const { actions } = store;
  // Escape anywhere on the page puts a proactive offer away (it never has focus to receive it).
  const doc = root.ownerDocument;
  const escape = (e: KeyboardEvent) => e.key == 'Escape' && store.state.view == 'offer' && actions.dismiss();
  doc.addEventListener('keydown', escape);
  return {
    offer: actions.offer,
    open: ({ query, source }) => actions.open(source, query),
    close: actions.close,
    launch: actions.launch,
    debug: () => actions.debug(true),
    buildCard: (records, page, locale, allowed) => cardWithText(records, page, locale, allowed, store.conversation.story),
    destroy() {
      doc.removeEventListener('keydown', escape);
      stopScheme();
      render(null, container);
      container.remove();
    },
  };
}
