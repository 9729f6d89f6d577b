import { lang } from '../../lib/locale';

/**
 * A language's card labels, in this order (`{}` is where `fill` puts the text). Lists, not objects
 * keyed by name: the names then cost the chunks nothing, and the type still says which is which.
 */
export type Labels = [
  email: string,
  asked: string,
  answered: string,
  from: string,
  accepted: string,
  because: string,
  and: string,
  read: string,
  shown: string,
  helpful: string,
  unhelpful: string,
  page: string,
  bought: string,
  viewed: string,
];

/**
 * The card's labels in the widget's languages: the visitor reads them in the hand-off step before
 * the card goes, the team reads them after. Other languages get English, as the widget's strings do.
 */
export const CARD_LABELS: Record<string, Labels> = {
  en: [
    'Email: {}',
    'Asked: {}',
    'Answered: {}',
    ' (from {})',
    'Accepted the offer: {}',
    ' (because: {})',
    '; ',
    'Read: {}',
    'Shown: {}',
    ' (helpful)',
    ' (not helpful)',
    'Page: {} <{}>',
    'Bought {} (order {}): {}',
    'Viewed: {} <{}>',
  ],
  ja: [
    'メール：{}',
    '質問：{}',
    '回答：{}',
    '（出典：{}）',
    '承諾したご案内：{}',
    '（理由：{}）',
    '、',
    '読んだ記事：{}',
    '表示した記事：{}',
    '（解決）',
    '（未解決）',
    'ページ：{} <{}>',
    '購入 {}（注文 {}）：{}',
    '閲覧履歴：{} <{}>',
  ],
};

/** The card's labels in the language of `locale`. */
export const cardLabels = (locale: string): Labels => CARD_LABELS[lang(locale)] || CARD_LABELS.en!;

/** A label with its `{}` filled in order, as text: `fill(bought, day, orderId, items)`. */
export const fill = (label: string, ...values: string[]) => label.replace(/\{\}/g, () => values.shift()!);
