import { LAUNCHER_LABEL } from './launcherLabel';
import { lang } from '../lib/locale';
/**
 * Every string the widget shows, in English and Japanese. Sites override any of them per
 * locale with `strings: { ja: { accept: '…' } }`; a locale without built-ins falls back to
 * English. `{name}`-style placeholders are filled with text, never HTML.
 */
export const STRINGS = {
  en: {
    launcher: LAUNCHER_LABEL.en!,
    title: 'Help',
    subtitle: 'We usually answer in a few minutes',
    close: 'Close',
    offerLabel: 'Help offer',
    accept: 'Yes, help me',
    dismiss: 'No thanks',
    why: 'Why am I seeing this?',
    whyIntro: 'We showed this because:',
    whyPrivacy: 'This is worked out on your device; nothing is sent anywhere to decide it.',
    mute: "Don't show offers like this",
    muted: "OK — we won't show offers like this again.",
    greeting: 'Hi! How can we help?',
    suggested: 'These articles fit best:',
    preview: '{n} articles that may help',
    previewFor: '{n} articles about {product}',
    kind: 'What do you need help with?',
    kindSetup: 'Setting it up',
    kindBroken: "It's not working",
    kindReturns: 'Returns & refunds',
    kindOther: 'Something else',
    kindOtherPrompt: 'Tell me what you need in your own words below.',
    answer: 'From our help articles:',
    source: 'Source:',
    more: 'More articles',
    noMatch: "I couldn't find a good match for that in our help articles.",
    closest: 'Closest articles — they may not answer it',
    noneFound: "I couldn't find an article for that. Try other words, or ask a person.",
    helpful: 'Did this solve it?',
    moreArticles: 'Sorry about that. These may fit better:',
    yes: 'Yes',
    no: 'No',
    glad: 'Glad it helped!',
    sorry: 'Sorry about that. Would you like to talk to a person?',
    handoff: 'Talk to a person',
    handedOff: "We've passed your question and what you've tried to our team.",
    handoffFailed: "We couldn't reach our team from here. Please try again in a moment.",
    askAgain: 'Ask something else',
    input: 'Type your question…',
    inputLabel: 'Your question',
    send: 'Send',
    typing: 'Typing…',
    offline: "We couldn't load help articles right now.",
    broken: "Our help articles can't be shown right now. A person can help instead.",
    retry: 'Try again',
    responderError: "Sorry, I couldn't answer that just now.",
    readMore: 'Open the full article',
    back: 'Back to the conversation',
    you: 'You',
    assistant: 'Help',
    articles: 'Articles',
    debugTitle: 'kikubari debug',
    fire: 'Fire now',
  },
  ja: {
    launcher: LAUNCHER_LABEL.ja!,
    title: 'ヘルプ',
    subtitle: '通常数分以内にお返事します',
    close: '閉じる',
    offerLabel: 'ヘルプのご案内',
    accept: 'はい、お願いします',
    dismiss: '結構です',
    why: 'このご案内が表示された理由',
    whyIntro: '次の理由で表示しています：',
    whyPrivacy: 'この判断はお使いの端末上で行われ、外部には送信されません。',
    mute: 'このようなご案内を表示しない',
    muted: '承知しました。今後このようなご案内は表示しません。',
    greeting: 'こんにちは。どのようなご用件でしょうか？',
    suggested: 'おすすめの記事：',
    preview: 'お役に立ちそうな記事が{n}件あります',
    previewFor: '{product}に関する記事が{n}件あります',
    kind: 'どのようなことでお困りですか？',
    kindSetup: '使い方・初期設定',
    kindBroken: 'うまく動かない',
    kindReturns: '返品・返金',
    kindOther: 'その他',
    kindOtherPrompt: '下の入力欄にご質問をご入力ください。',
    answer: 'ヘルプ記事より：',
    source: '出典：',
    more: 'その他の記事',
    noMatch: 'ヘルプ記事の中に、ぴったりの答えが見つかりませんでした。',
    closest: '近い記事（答えではないかもしれません）',
    noneFound: '該当する記事が見つかりませんでした。別の言葉で検索するか、担当者にお問い合わせください。',
    helpful: '解決しましたか？',
    moreArticles: '申し訳ありません。こちらはいかがでしょうか：',
    yes: 'はい',
    no: 'いいえ',
    glad: 'お役に立ててよかったです。',
    sorry: '申し訳ありません。担当者にお繋ぎしましょうか？',
    handoff: '担当者と話す',
    handedOff: 'ご質問とこれまでにお試しいただいた内容を担当者にお伝えしました。',
    handoffFailed: 'ただいま担当者に接続できません。しばらくしてからもう一度お試しください。',
    askAgain: '別の質問をする',
    input: 'ご質問を入力…',
    inputLabel: 'ご質問',
    send: '送信',
    typing: '入力中…',
    offline: 'ただいまヘルプ記事を読み込めません。',
    broken: 'ただいまヘルプ記事を表示できません。担当者がお手伝いします。',
    retry: '再試行',
    responderError: '申し訳ありません、ただいまお答えできません。',
    readMore: '記事全文を開く',
    back: '会話に戻る',
    you: 'あなた',
    assistant: 'ヘルプ',
    articles: '記事',
    debugTitle: 'kikubari デバッグ',
    fire: '今すぐ表示',
  },
};

export type StringKey = keyof typeof STRINGS.en;
export type Translate = (key: StringKey) => string;

/** Words added to the article query for each kind of help, per language. */
export const KIND_WORDS: Record<string, Record<string, string>> = {
  en: { setup: 'set up setup first use how to', broken: 'not working troubleshooting problem error', returns: 'return refund exchange warranty', other: '' },
  ja: { setup: '使い方 初期設定 はじめて', broken: '動かない 故障 トラブル エラー', returns: '返品 返金 交換 保証', other: '' },
};

export { isRtl } from '../lib/locale';

/** `t(key)`: the site's override for this locale, then its language, then built-ins, then English. */
export function translator(locale: string, overrides: Record<string, Record<string, string>> = {}): Translate {
  const l = lang(locale);
  const builtIn = (STRINGS as Record<string, Record<string, string>>)[l] || STRINGS.en;
  return (key) => (overrides[locale] || {})[key] ?? (overrides[l] || {})[key] ?? builtIn[key] ?? STRINGS.en[key];
}
