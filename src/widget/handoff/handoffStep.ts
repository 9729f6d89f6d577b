import type { PipelineToWidget } from '../../seams';
import type { ContextCard } from '../../types';
import { errorText } from '../../lib/errorText';
import { checkAway } from './checkAway';
import { runHandoff } from './runHandoff';
import { SendForm } from './SendForm';

/** What the hand-off step needs of the conversation, and what it keeps between its two halves. */
export interface HandoffStep {
  host: PipelineToWidget;
  /** The conversation's generation now: a step begun for an earlier conversation says nothing in this one. */
  gen(): number;
  set(patch: { away?: boolean; form?: { away: boolean; text: string; view: typeof SendForm } }): void;
  /** Tell the visitor how it went (a failure offers the way to a person again). */
  done(key: 'handedOff' | 'messageSent' | 'handoffFailed'): void;
  /** The card shown in the step, sent with the visitor's edits. */
  pending?: ContextCard;
  /** The visitor's edited text, kept when a hand-off failed so the next try starts from it. */
  draft?: string;
}

/** The hand-off step (`g`: the generation it was asked in): the card as it will be sent, or the message form when nobody is there. */
export async function showStep(s: HandoffStep, g: number): Promise<void> {
  const { host } = s;
  try {
    const [card, away] = await Promise.all([host.context(), checkAway(host.config.handoff!, host.warn)]);
    if (g != s.gen()) return;
    s.pending = card;
    s.set({ away, form: { away, text: s.draft || card.text, view: SendForm } });
  } catch (e) {
    host.warn('handoff', 'the hand-off card failed: ' + errorText(e));
    if (g == s.gen()) s.done('handoffFailed');
  }
}

/** Send the hand-off step (`g`: the generation it was sent in): the card with the visitor's text (and, leaving a message, their email). */
export async function sendStep(s: HandoffStep, g: number, text: string, email?: string): Promise<void> {
  const { host } = s;
  const h = host.config.handoff!;
  const card: ContextCard = { ...s.pending!, text: email ? 'Email: ' + email + '\n' + text : text };
  if (email) card.email = email;
  s.draft = text;
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
