import type { OfferDecision } from '../types';
import type { Translate } from './strings';

interface Props {
  offer: OfferDecision;
  preview?: string;
  why: boolean;
  t: Translate;
  onAccept(): void;
  onDismiss(forever?: boolean): void;
  onWhy(): void;
}

/**
 * The proactive offer: the message, accept, dismiss, and "Why am I seeing this?" with the
 * engine's reasons. A labelled region, not a dialog: it never takes focus (the offer is
 * announced politely instead), and Escape — in it or anywhere on the page — puts it away.
 */
export function OfferBubble({ offer, preview, why, t, onAccept, onDismiss, onWhy }: Props) {
  return (
    <div class="card bubble" role="region" aria-label={t('offerLabel')} aria-describedby={why ? 'k-offer-msg k-why' : 'k-offer-msg'} part="offer">
      <p id="k-offer-msg" class="msg" part="message" dir="auto">
        {offer.message}
      </p>
      {preview && (
        <p class="note" part="offer-preview" dir="auto">
          {preview}
        </p>
      )}
      <div class="row">
        <button type="button" class="btn" part="offer-accept" onClick={onAccept}>
          {t('accept')}
        </button>
        <button type="button" class="btn ghost" part="offer-dismiss" onClick={() => onDismiss()}>
          {t('dismiss')}
        </button>
      </div>
      <button type="button" class="link" part="why" aria-expanded={why} aria-controls="k-why" onClick={onWhy}>
        {t('why')}
      </button>
      {why && (
        <div class="why" id="k-why">
          <p dir="auto">{t('whyIntro')}</p>
          <ul>
            {offer.reasons.map((r) => (
              <li key={r} dir="auto">
                {r}
              </li>
            ))}
          </ul>
          <p class="note" dir="auto">
            {t('whyPrivacy')}
          </p>
          <button type="button" class="link" onClick={() => onDismiss(true)}>
            {t('mute')}
          </button>
        </div>
      )}
    </div>
  );
}
