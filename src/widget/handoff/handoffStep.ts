import type { PipelineToWidget } from '../../seams';
import type { ContextCard } from '../../types';
import { errorText } from '../../lib/errorText';
import { checkAway } from './checkAway';
import { cardLabels, fill } from './cardLabels';
import { runHandoff } from './runHandoff';
import { SendForm, type StepForm } from './SendForm';

/** What the hand-off step needs of the conversation, and what it keeps between its two halves. */
export interface HandoffStep {
  host: PipelineToWidget;
  /** The conversation's generation now: a step begun for an earlier conversation says nothing in this one. */
  gen(): number;
  set(patch: { away?: boolean; form?: StepForm & { view: typeof SendForm } }): void;
  /** Tell the visitor how it went (a failure offers the way to a person again). */
  done(key: 'handedOff' | 'messageSent' | 'handoffFailed'): void;
  /** The card shown in the step, sent with the visitor's edits. */
  pending?: ContextCard;
  /**
   * What the visitor wrote in the step (`g`: in which conversation): kept across Back and a failed
   * try, so coming forward again starts from it; a new conversation, or a hand-off made, drops it.
   */
  draft?: { g: number; text: string; email: string };
  /** The last answer to "is anyone there?", which 3 s of silence from `available()` leaves standing. */
  away?: boolean;
}

/** Is anyone there? Every answer, a late one too, goes to the panel, whose way to a person says it. */
export const askAway = (s: HandoffStep) => checkAway(s.host.config.handoff!, s.host.warn, (away) => s.set({ away: (s.away = away) }), s.away);

/** The hand-off step (`g`: the generation it was asked in): the card as it will be sent, or the message form when nobody is there. */
export async function showStep(s: HandoffStep, g: number): Promise<void> {
  const { host } = s;
  try {
    const [card, away] = await Promise.all([host.context(), askAway(s)]);
    if (g != s.gen()) return;
    s.pending = card;
    const d = s.draft;
    // What the visitor wrote in this conversation's step, else the card as it is now.
    s.set({ away, form: { away, text: card.text, email: '', ...(d && d.g == g ? d : {}), view: SendForm, keep: (text, email) => (s.draft = { g, text, email }) } });
  } catch (e) {
    host.warn('handoff', 'the hand-off card failed: ' + errorText(e));
    if (g == s.gen()) s.done('handoffFailed');
  }
}

/** Send the hand-off step (`g`: the generation it was sent in): the card with the visitor's text (and, leaving a message, their email). */
export async function sendStep(s: HandoffStep, g: number, text: string, email?: string): Promise<void> {
  const { host } = s;
  const h = host.config.handoff!;
  const card: ContextCard = { ...s.pending!, text: email ? fill(cardLabels(host.locale)[0] /* email */, email) + '\n' + text : text };
  if (email) card.email = email;
  s.set({ form: undefined });
  try {
    await runHandoff(h, card, window);
    s.draft = undefined;
    // The hand-off happened even if the visitor has since started over; only the message is stale.
    host.outcome('handoff', { adapter: h.type, context: card });
    if (g == s.gen()) s.done(email ? 'messageSent' : 'handedOff');
  } catch (e) {
    host.warn('handoff', 'the hand-off (' + h.type + ') failed: ' + errorText(e));
    if (g == s.gen()) s.done('handoffFailed');
  }
}
