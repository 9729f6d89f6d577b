import { h } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nextFrame } from '../lib/afterPaint';
import { queueTask } from '../lib/task';
import type { Theme } from '../types';
import type { ArticleHit } from './articleFinder';
import type { Conversation, ConversationState, Message, Reply } from './conversation';
import type { Translate } from './strings';

interface Props {
  state: ConversationState;
  conversation: Conversation;
  theme: Theme;
  /** `handoff.replyTime`: the only reply time the panel promises, and only while someone is there. */
  replyTime?: string;
  t: Translate;
  onClose(): void;
}

/** Whether a label ends in full-width punctuation (CJK), which needs no space after it. */
const wide = (label: string) => /[\u3000-\u303f\uff00-\uffef]$/.test(label);

/**
 * The bottom sheet's sizes from the visual viewport: the on-screen keyboard's height (`--_kb`) and
 * 88% of what is visible (`--_sheet`). Every size is read before any is written.
 */
const sheet = (): Record<string, string> => {
  const vv = window.visualViewport;
  return !vv ? {} : { '--_kb': Math.max(0, Math.round(window.innerHeight - vv.height - vv.offsetTop)) + 'px', '--_sheet': Math.round(vv.height * 0.88) + 'px' };
};

const FOCUSABLE = 'button:not([disabled]),input:not([disabled]),a[href],[tabindex]:not([tabindex="-1"])';

const CloseIcon = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

/**
 * The chat panel: a WAI-ARIA modal dialog. Focus moves in when it opens and follows the
 * conversation (to the next quick replies, else the input) unless the visitor has moved it to a
 * field of the page; Tab stays inside; the message log is a polite live region, so new messages
 * are read out without moving focus.
 */
export function ChatPanel({ state, conversation, theme, replyTime, t, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const title = theme.title || t('title');
  const subtitle = !state.away && (replyTime || t('subtitle'));
  /** An article or the hand-off step fills the panel: its heading takes focus. */
  const step = state.reading || state.form;

  /**
   * Put focus where the visitor can act next, unless it is already somewhere in the panel, or in a
   * field of the page the visitor moved to (an answer arriving is no reason to pull them back mid-word).
   */
  const refocus = (force = false) => {
    const el = panel.current;
    if (!el) return;
    const active = (el.getRootNode() as ShadowRoot).activeElement;
    const doc = el.ownerDocument;
    if (!force && (active ? el.contains(active) && active !== el : doc.activeElement != doc.body)) return;
    const next = step
      ? el.querySelector<HTMLElement>('.reader h3')
      : el.querySelector<HTMLElement>('.log .replies:last-child .reply') || input.current;
    // The log's scroll is set by the layout effect below (new messages from their top), not by focus.
    (next || el).focus({ preventScroll: true });
  };

  /** Where focus is as the visitor sees it: in our shadow root, else on the page. */
  const focused = () => {
    const el = panel.current;
    return el && ((el.getRootNode() as ShadowRoot).activeElement || el.ownerDocument.activeElement);
  };
  /**
   * In the frame that draws a change, once it is laid out, `scroll` the log; once that frame is
   * painted, focus (forced if `force()` says so then), unless the visitor has put focus somewhere
   * else in between. Here, reading the layout (or focusing) made the browser lay out the panel
   * inside the task that changed it — at 4× CPU in Chromium, 60–70 ms of opening the panel on a
   * Japanese page; in the frame, focusing (5–12 ms at 4×) ran on the first layout of its text.
   */
  const inFrame = (force: () => boolean, scroll = () => {}) => {
    const before = focused();
    nextFrame(() => (scroll(), queueTask(() => refocus(focused() === before && force()))));
  };

  useLayoutEffect(() => inFrame(() => true), []);
  // Opening or leaving an article moves focus (to its heading, or back to the conversation);
  // any other change leaves it where the visitor put it, if that is in the panel.
  const reading = useRef(step);
  const asked = useRef(0);
  const drawn = useRef(0);
  const shown = useRef<HTMLElement | null>(null);
  // Whether focus is in the panel as it is drawn again (before this drawing removes anything).
  const had = useRef(false);
  had.current = !!panel.current && panel.current.contains(focused());
  useLayoutEffect(() => {
    const l = log.current;
    // New messages are read from their top (the offer and the first article on opening, not
    // the buttons below them); "typing…" and a log drawn again (back from an article) show the
    // end; any other change leaves the scroll be.
    const from = state.messages.length > drawn.current ? drawn.current : -1;
    const end = state.typing || l != shown.current;
    shown.current = l;
    drawn.current = state.messages.length;
    // New quick replies arriving after a wait (the next articles after "No") take focus from an
    // empty question box, where leaving the article put it; never from what the visitor is typing.
    const now = focused();
    const last = state.messages[state.messages.length - 1];
    const fresh = !!last && !!last.replies && last.id != asked.current && !text && now == input.current;
    if (last && last.replies) asked.current = last.id;
    const opened = reading.current !== step && !!step;
    reading.current = step;
    // (Quick replies take focus only from a question box still empty in that frame.)
    const force = () => opened || (fresh && !!input.current && !input.current.value);
    // Focus lost with what this change removed (the article or the reply the visitor pressed) is
    // put back at once: a key pressed before the next frame would land on the page.
    if (had.current && (!now || now == panel.current!.ownerDocument.body)) refocus(force());
    inFrame(force, () => {
      if (!l || !l.isConnected) return;
      const first = from >= 0 && l.querySelectorAll('.m')[from];
      if (first) l.scrollTop += first.getBoundingClientRect().top - l.getBoundingClientRect().top - 8;
      else if (end) l.scrollTop = l.scrollHeight;
    });
  }, [state]);

  // On phones the panel is a bottom sheet: keep it above the on-screen keyboard. The first sizes
  // are read as the panel renders, before its elements exist, and drawn with them: written after
  // (in an effect), they made the browser style and lay out the whole panel twice at the click.
  const [sizes] = useState(sheet);
  useLayoutEffect(() => {
    const vv = window.visualViewport;
    const el = panel.current;
    if (!vv || !el) return;
    const fit = () => {
      const now = sheet();
      for (const k of Object.keys(now)) el.style.setProperty(k, now[k]!);
    };
    vv.addEventListener('resize', fit);
    return () => vv.removeEventListener('resize', fit);
  }, []);

  const trap = (e: KeyboardEvent) => {
    if (e.key != 'Tab' || !panel.current) return;
    const items = Array.from(panel.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    const active = (panel.current.getRootNode() as ShadowRoot).activeElement;
    if (e.shiftKey && (active === first || active === panel.current)) (e.preventDefault(), last && last.focus());
    else if (!e.shiftKey && active === last) (e.preventDefault(), first && first.focus());
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const q = text.trim();
    if (!q) return;
    setText('');
    void conversation.ask(q);
  };

  return (
    <div class="card panel" role="dialog" aria-modal="true" aria-labelledby="k-title" part="panel" ref={panel} tabIndex={-1} onKeyDown={trap} style={sizes}>
      <div class="head">
        <div class="avatar" aria-hidden="true">
          {theme.avatar ? (
            <img src={theme.avatar} alt="" />
          ) : (
            <svg viewBox="0 0 24 24">
              <path d="M4 3h16a2 2 0 012 2v11a2 2 0 01-2 2H9l-5 4v-4a2 2 0 01-2-2V5a2 2 0 012-2z" />
            </svg>
          )}
        </div>
        <div class="t">
          <h2 id="k-title">{title}</h2>
          {subtitle && <p>{subtitle}</p>}
        </div>
        <button type="button" class="x" part="close" aria-label={t('close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {state.form ? (
        // Drawn by the hand-off chunk, loaded before the step is shown, with this Preact and its hooks.
        h(state.form.view, { h, hooks: { useState, useRef }, form: state.form, t, onBack: conversation.back, onSend: conversation.send })
      ) : state.reading ? (
        <Reader hit={state.reading.article} t={t} onBack={conversation.back} onVote={conversation.vote} />
      ) : (
        <div class="log" role="log" aria-live="polite" aria-relevant="additions" ref={log}>
          {state.messages.map((m) => (
            <MessageView key={m.id} m={m} t={t} away={state.away} onChoose={conversation.choose} onOpen={conversation.open} />
          ))}
          {state.typing && (
            <p class="typing">
              <span class="dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              {t('typing')}
            </p>
          )}
        </div>
      )}
      <form class="form" onSubmit={submit} hidden={!!state.form}>
        <label class="sr" for="k-input">
          {t('inputLabel')}
        </label>
        <input
          id="k-input"
          ref={input}
          part="input"
          type="text"
          autocomplete="off"
          enterkeyhint="send"
          maxLength={500}
          placeholder={t('input')}
          dir="auto"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="send" aria-label={t('send')}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M3 20.5 21.5 12 3 3.5V10l13 2-13 2z" />
          </svg>
        </button>
      </form>
    </div>
  );
}

function MessageView({ m, t, away, onChoose, onOpen }: { m: Message; t: Translate; away?: boolean; onChoose(r: Reply): void; onOpen(a: ArticleHit): void }) {
  // A full-width label ("出典：") carries its own spacing, and its list is joined with "、".
  const [after, between] = wide(t('source')) ? ['', '、'] : [' ', ', '];
  return (
    <>
      <p class={'m ' + m.from} part="message">
        <span class="sr">{m.from == 'me' ? t('you') : t('assistant')}: </span>
        <span dir="auto">{m.text}</span>
      </p>
      {m.sources && m.sources.length > 0 && (
        <figure class="answer">
          {m.quote && (
            <blockquote part="answer" dir="auto">
              {m.quote}
            </blockquote>
          )}
          <figcaption>
            {/* Its own isolate, like every string: an English "Source:" in a right-to-left layout keeps its colon. */}
            <span>{t('source')}</span>
            {m.sources.map((a, i) => (
              <>
                {i ? between : after}
                <a part="source" href={a.url} target="_blank" rel="noopener noreferrer" dir="auto">
                  {a.title}
                </a>
              </>
            ))}
          </figcaption>
        </figure>
      )}
      {m.label && m.articles && m.articles.length > 0 && (
        <p class="note" aria-hidden="true">
          {m.label}
        </p>
      )}
      {m.articles && m.articles.length > 0 && (
        <ul class="arts" aria-label={m.label || t('articles')}>
          {m.articles.map((a) => (
            <li key={a.id}>
              <button type="button" class="art" part="article" onClick={() => onOpen(a)}>
                <b dir="auto">{a.title}</b>
                {a.snippet && <span dir="auto">{a.snippet}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {m.replies && m.replies.length > 0 && (
        <div class="replies" role="group" aria-label={m.text} part={m.csat ? 'csat' : undefined}>
          {m.replies.map((r) => (
            <button type="button" key={r.label} class="reply" part={'quick-reply' + (r.act == 'handoff' ? ' handoff' : r.act == 'solved' ? (r.yes ? ' solved-yes' : ' solved-no') : '')} onClick={() => onChoose(r)}>
              {/* The way to a person says what it is now: availability may be learnt after the button is drawn. */}
              {r.act == 'handoff' ? t(away ? 'leaveMessage' : 'handoff') : r.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

/** An article read inside the panel, so the conversation (and "Did this help?") is not lost. */
function Reader({ hit, t, onBack, onVote }: { hit: ArticleHit; t: Translate; onBack(): void; onVote(helpful: boolean): void }) {
  const paragraphs = (hit.body || hit.snippet || '').split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <div class="reader">
      <button type="button" class="link" onClick={onBack}>
        ← {t('back')}
      </button>
      <h3 tabIndex={-1} dir="auto">{hit.title}</h3>
      <div class="body">
        {paragraphs.map((p, i) => (
          <p key={i} dir="auto">{p.trim()}</p>
        ))}
      </div>
      <a href={hit.url} target="_blank" rel="noopener noreferrer">
        {t('readMore')}
      </a>
      <div class="vote" role="group" aria-labelledby="k-vote">
        <p id="k-vote">{t('helpful')}</p>
        <button type="button" class="btn ghost" part="solved-yes" onClick={() => onVote(true)}>
          {t('yes')}
        </button>
        <button type="button" class="btn ghost" part="solved-no" onClick={() => onVote(false)}>
          {t('no')}
        </button>
      </div>
    </div>
  );
}
