import type { h as H, VNode } from 'preact';
import type { useRef as UseRef, useState as UseState } from 'preact/hooks';
import type { Translate } from '../strings';
import { adoptCss } from '../../lib/adoptCss';
import { isEmail } from './isEmail';

/** The hand-off step's stylesheet, adopted into the shadow root with the form (only visitors on the way to a person need it). */
export const HANDOFF_CSS =
  '.hand label{font-weight:600;margin-bottom:-8px}' +
  '.hand :is(input,textarea){min-height:44px;padding:10px 14px;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_bg);color:var(--_fg)}' +
  '.hand textarea{flex:1;min-height:168px;resize:vertical;white-space:pre-wrap}' +
  '.hand [aria-invalid=true]{border:2px solid currentColor}.bad{font-weight:600}';

/** The shadow roots already given HANDOFF_CSS. */
const styled = new WeakSet<Node>();
/** Styles the form's shadow root as the form is inserted, before it is painted. */
const style = (el: HTMLElement | null) => {
  const root = el && (el.getRootNode() as ShadowRoot);
  if (root && !styled.has(root)) styled.add(root), adoptCss(root, HANDOFF_CSS);
};

/** The step's form: the card's text and the email as the visitor left them, and where their edits are kept. */
export interface StepForm {
  /** Nobody can answer now: a message, with an email to reply to (part `leave-message`). */
  away: boolean;
  text: string;
  email: string;
  /** Keeps each edit, so Back and forward again (or a failed try) start from what the visitor wrote. */
  keep(text: string, email: string): void;
}

export interface SendFormProps {
  /** The widget's Preact and hooks: this chunk brings none of its own, so one Preact renders everything. */
  h: typeof H;
  hooks: { useState: typeof UseState; useRef: typeof UseRef };
  form: StepForm;
  t: Translate;
  onBack(): void;
  onSend(text: string, email?: string): void;
}

/**
 * The hand-off step: what will be sent, as text the visitor reads and may edit first. When nobody
 * can answer, it is a message form (part `leave-message`) that also asks for an email to reply to.
 *
 * In the hand-off chunk (`handoff.mjs`), which the conversation has loaded before it shows the step.
 */
export function SendForm({ h, hooks: { useState, useRef }, form, t, onBack, onSend }: SendFormProps): VNode<any> {
  const [text, setText] = useState(form.text);
  const [email, setEmail] = useState(form.email);
  const edit = (t: string, e: string) => (setText(t), setEmail(e), form.keep(t, e));
  const [bad, setBad] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (form.away && !isEmail(email.trim())) return setBad(true), field.current!.focus();
    onSend(text, form.away ? email.trim() : undefined);
  };
  return h(
    'form',
    { class: 'reader hand', ref: style, part: form.away ? 'leave-message' : undefined, 'aria-labelledby': 'k-send', onSubmit: submit, noValidate: true },
    h('button', { type: 'button', class: 'link', onClick: onBack }, '← ', t('back')),
    h('h3', { id: 'k-send', tabIndex: -1 }, t(form.away ? 'leaveMessage' : 'handoff')),
    form.away && [
      h('p', null, t('away')),
      h('label', { for: 'k-email' }, t('email')),
      h('input', {
        id: 'k-email',
        ref: field,
        type: 'email',
        autocomplete: 'email',
        dir: 'ltr',
        'aria-invalid': bad,
        'aria-describedby': bad ? 'k-bad' : undefined,
        value: email,
        onInput: (e: Event) => edit(text, (e.target as HTMLInputElement).value),
      }),
      bad && h('p', { id: 'k-bad', class: 'bad', role: 'alert' }, t('badEmail')),
    ],
    h('label', { for: 'k-card' }, t('cardLabel')),
    h('textarea', { id: 'k-card', part: 'card', rows: 8, dir: 'auto', value: text, onInput: (e: Event) => edit((e.target as HTMLTextAreaElement).value, email) }),
    h('button', { type: 'submit', class: 'btn' }, t('send')),
  );
}
