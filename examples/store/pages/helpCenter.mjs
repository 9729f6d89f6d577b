// The help center, laid out like a Zendesk Guide theme: /hc/<locale> (home), sections,
// articles and search results.
import { html, raw, jsonScript } from '../lib/html.mjs';
import { page, ICONS, searchForm } from '../lib/layout.mjs';
import { PRODUCTS, bySku, imagePath } from '../catalog.mjs';

const HC_JS = '/assets/help-center.js';

export const SECTIONS = [
  { id: '5101', slug: 'aero-kettle', sku: 'AK-1', en: ['Aero Kettle', 'Setup, descaling, lights and troubleshooting'], ja: ['Aero Kettle（電気ケトル）', '使い始め・湯あかのお手入れ・エラー表示'] },
  { id: '5102', slug: 'shizuku-pour-over-set', sku: 'SZ-2', en: ['Shizuku Pour-Over Set', 'Recipes, grind size and care'], ja: ['Shizuku ドリップセット', '淹れ方のコツとお手入れ'] },
  { id: '5103', slug: 'kamado-rice-cooker', sku: 'KM-3', en: ['Kamado Rice Cooker', 'First use, water lines and error codes'], ja: ['Kamado 炊飯器', '使い始め・水加減・エラー表示'] },
  { id: '5104', slug: 'tetsu-teapot', sku: 'TT-4', en: ['Tetsu Cast-Iron Teapot', 'Care, rust and enamel'], ja: ['Tetsu 鉄急須', 'お手入れとサビの対処'] },
  { id: '5105', slug: 'orders-and-shipping', icon: 'box', en: ['Orders & shipping', 'Delivery, tracking, changes and damaged parcels'], ja: ['ご注文・配送', '送料・お届け・注文の変更'] },
  { id: '5106', slug: 'returns-and-warranty', icon: 'return', en: ['Returns, refunds & warranty', 'Sending things back and getting them fixed'], ja: ['返品・保証', '返品・返金・製品保証'] },
];

const POLICY_TAGS = ['returns', 'refunds', 'warranty', '返品', '返金', '保証'];

/** Which section an article sits in: its one product's, else returns & warranty, else orders. */
export function sectionOf(article) {
  if (article.products.length == 1) {
    const s = SECTIONS.find((x) => x.sku == article.products[0]);
    if (s) return s;
  }
  return article.tags.some((t) => POLICY_TAGS.includes(t)) ? SECTIONS[5] : SECTIONS[4];
}

const sectionUrl = (s, lang) => `/hc/${lang}/sections/${s.id}-${s.slug}`;

const T = {
  en: {
    home: 'Nagomi Help Center',
    heroTitle: 'How can we help?',
    heroText: 'Guides, care and troubleshooting for everything we make.',
    promoted: 'Popular articles',
    seeAll: (n) => `See all ${n} articles`,
    articles: (n) => `${n} articles`,
    inSection: 'Articles in this section',
    related: 'Related articles',
    helpful: 'Was this article helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thanks for your feedback.',
    votes: (up, all) => `${up} out of ${all} found this helpful`,
    more: 'Have more questions?',
    submit: 'Submit a request',
    author: 'Nagomi Support',
    minutes: (n) => `${n} min read`,
    stillNeed: 'Still need help?',
    stillNeedText: 'Our team replies within one business day.',
    searchTitle: 'Search results',
    searching: 'Searching…',
    noScript: 'Search needs JavaScript. Browse the categories on the Help Center home instead.',
    appliesTo: 'Applies to',
  },
  ja: {
    home: 'Nagomi ヘルプセンター',
    heroTitle: 'どのようなことでお困りですか？',
    heroText: '商品の使い方、お手入れ、故障かなと思ったときの対処方法をご案内します。',
    promoted: 'よく読まれている記事',
    seeAll: (n) => `${n}件の記事をすべて見る`,
    articles: (n) => `${n}件の記事`,
    inSection: 'このセクションの記事',
    related: '関連記事',
    helpful: 'この記事は役に立ちましたか？',
    yes: 'はい',
    no: 'いいえ',
    thanks: 'ご意見ありがとうございました。',
    votes: (up, all) => `${all}人中${up}人がこの記事が役に立ったと言っています`,
    more: 'ほかにご質問がありますか？',
    submit: 'お問い合わせ',
    author: 'Nagomi サポート',
    minutes: (n) => `約${n}分で読めます`,
    stillNeed: '解決しない場合は',
    stillNeedText: '1営業日以内にサポート担当者からご連絡します。',
    searchTitle: '検索結果',
    searching: '検索しています…',
    noScript: '検索には JavaScript が必要です。ヘルプセンターのトップからカテゴリをお選びください。',
    appliesTo: '対象商品',
  },
};

function sectionIcon(s) {
  if (s.sku) {
    const p = bySku[s.sku];
    return html`<img src="${imagePath(p, p.colours[0])}" alt="" width="600" height="600">`;
  }
  return ICONS[s.icon];
}

const breadcrumbs = (lang, items) =>
  html`<nav class="breadcrumbs" aria-label="${lang == 'ja' ? 'パンくずリスト' : 'Breadcrumb'}"><ol>
  <li><a href="/hc/${lang}">${T[lang].home}</a></li>
  ${items.map(([label, href]) => (href ? html`<li><a href="${href}">${label}</a></li>` : html`<li aria-current="page">${label}</li>`))}
</ol></nav>`;

const subNav = (lang, items) => html`<div class="hc-subnav"><div class="wrap hc-subnav-inner">${breadcrumbs(lang, items)}${searchForm(lang)}</div></div>`;

const contactBox = (lang) =>
  html`<div class="contact-box">${ICONS.chat}<div><h2>${T[lang].stillNeed}</h2><p>${T[lang].stillNeedText}</p></div><a class="btn" href="/contact">${T[lang].submit}</a></div>`;

export function hcHomePage(lang, articles) {
  const t = T[lang];
  const promoted = (lang == 'ja' ? ['2001', '2003', '2007', '2010', '2012', '2005'] : ['1001', '1003', '1009', '1012', '1013', '1006'])
    .map((id) => articles.find((a) => a.id == id))
    .filter(Boolean);
  return page({
    lang,
    kind: 'hc',
    title: t.home,
    description: t.heroText,
    scripts: [HC_JS],
    main: html`
<section class="hc-hero">
  <div class="wrap">
    <h1>${t.heroTitle}</h1>
    <p>${t.heroText}</p>
    ${searchForm(lang, { large: true })}
  </div>
</section>
<section class="wrap section" aria-label="${lang == 'ja' ? 'カテゴリ' : 'Categories'}">
  <ul class="category-grid">
    ${SECTIONS.map((s) => {
      const list = articles.filter((a) => sectionOf(a) === s);
      return html`<li class="category-card">
      <a class="category-head" href="${sectionUrl(s, lang)}"><span class="category-icon">${sectionIcon(s)}</span><span><strong>${s[lang][0]}</strong><span class="muted">${s[lang][1]}</span></span></a>
      <ul>${list.slice(0, 3).map((a) => html`<li><a href="${a.url}">${a.title}</a></li>`)}</ul>
      ${list.length > 3 ? html`<a class="text-link small" href="${sectionUrl(s, lang)}">${t.seeAll(list.length)}</a>` : ''}
    </li>`;
    })}
  </ul>
</section>
<section class="wrap section-tight" aria-labelledby="promoted">
  <h2 id="promoted" class="h-small">${t.promoted}</h2>
  <ul class="promoted">${promoted.map((a) => html`<li><a href="${a.url}">${a.title}</a></li>`)}</ul>
</section>
<div class="wrap section">${contactBox(lang)}</div>`,
  });
}

export function sectionPage(lang, s, articles) {
  const t = T[lang];
  const list = articles.filter((a) => sectionOf(a) === s);
  const other = lang == 'ja' ? 'en' : 'ja';
  return page({
    lang,
    kind: 'hc',
    title: `${s[lang][0]} – ${t.home}`,
    otherHref: sectionUrl(s, other),
    scripts: [HC_JS],
    main: html`
${subNav(lang, [[s[lang][0]]])}
<div class="wrap hc-section">
  <header class="section-header"><span class="category-icon">${sectionIcon(s)}</span><div><h1>${s[lang][0]}</h1><p class="muted">${s[lang][1]} · ${t.articles(list.length)}</p></div></header>
  <ul class="article-list">${list.map((a) => html`<li><a href="${a.url}">${a.title}</a><p>${a.summary}</p></li>`)}</ul>
  ${contactBox(lang)}
</div>`,
  });
}

/** Related articles: same locale; a shared product counts most, then shared tags (at most 2) and section. */
function related(article, articles) {
  return articles
    .filter((a) => a !== article)
    .map((a) => ({
      a,
      score:
        (a.products.some((p) => article.products.includes(p)) ? 4 : 0) +
        Math.min(2, a.tags.filter((x) => article.tags.includes(x)).length) +
        (sectionOf(a) === sectionOf(article) ? 1 : 0),
    }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id))
    .slice(0, 4)
    .map((x) => x.a);
}

/** A stable, made-up vote count per article. */
function votes(id) {
  const n = Number(id);
  const all = 20 + ((n * 37) % 140);
  return [Math.round(all * (0.78 + ((n * 13) % 19) / 100)), all];
}

/**
 * TechArticle JSON-LD on the English articles only: real help centers differ, and kikubari must
 * recognise the Japanese ones from their URL shape (/hc/<locale>/articles/<id>) alone.
 */
const techArticle = (a) => ({
  '@context': 'https://schema.org',
  '@type': 'TechArticle',
  headline: a.title,
  inLanguage: a.locale,
  url: a.url,
  author: { '@type': 'Organization', name: 'Nagomi Support' },
  about: a.products.map((sku) => ({ '@type': 'Thing', name: bySku[sku].name })),
});

export function articlePage(a, articles, counterpart) {
  const lang = a.locale;
  const t = T[lang];
  const s = sectionOf(a);
  const siblings = articles.filter((x) => sectionOf(x) === s);
  const rel = related(a, articles);
  const [up, all] = votes(a.id);
  const minutes = Math.max(1, Math.round(a.body.length / (lang == 'ja' ? 500 : 1100)));
  return page({
    lang,
    kind: 'hc',
    title: `${a.title} – ${t.home}`,
    description: a.summary,
    otherHref: counterpart ? counterpart.url : undefined,
    scripts: [HC_JS],
    head: lang == 'en' ? jsonScript(techArticle(a), 'type="application/ld+json"') : '',
    main: html`
${subNav(lang, [[s[lang][0], sectionUrl(s, lang)], [a.title]])}
<div class="wrap article-layout">
  <aside class="article-sidebar">
    <h2 class="h-small">${t.inSection}</h2>
    <ul>${siblings.map((x) => html`<li><a href="${x.url}"${x === a ? raw(' aria-current="page"') : ''}>${x.title}</a></li>`)}</ul>
  </aside>
  <article class="article" data-article-id="${a.id}">
    <header class="article-header">
      <h1>${a.title}</h1>
      <p class="article-meta"><span class="avatar" aria-hidden="true">N</span><span>${t.author}</span><span class="muted">· ${t.minutes(minutes)}</span></p>
      ${a.products.length ? html`<p class="applies">${t.appliesTo}: ${a.products.map((sku) => html`<a class="tag" href="/products/${bySku[sku].handle}">${bySku[sku].name}</a>`)}</p>` : ''}
    </header>
    <div class="article-body">${raw(a.html)}</div>
    <footer class="article-footer">
      <div class="vote" data-vote>
        <h2>${t.helpful}</h2>
        <p class="vote-buttons"><button type="button" class="btn btn-small btn-outline" data-vote-value="up">${t.yes}</button><button type="button" class="btn btn-small btn-outline" data-vote-value="down">${t.no}</button></p>
        <p class="muted small" data-vote-count data-up="${up}" data-all="${all}">${t.votes(up, all)}</p>
        <p class="vote-thanks" role="status" data-vote-thanks hidden>${t.thanks}</p>
      </div>
      <p class="more-questions">${t.more} <a href="/contact">${t.submit}</a></p>
    </footer>
    ${rel.length ? html`<section class="related"><h2>${t.related}</h2><ul>${rel.map((r) => html`<li><a href="${r.url}">${r.title}</a></li>`)}</ul></section>` : ''}
  </article>
</div>`,
  });
}

export function searchPage(lang) {
  const t = T[lang];
  return page({
    lang,
    kind: 'hc',
    title: `${t.searchTitle} – ${t.home}`,
    otherHref: `/hc/${lang == 'ja' ? 'en' : 'ja'}/search`,
    scripts: [HC_JS],
    main: html`
${subNav(lang, [[t.searchTitle]])}
<div class="wrap hc-search" data-search-page data-locale="${lang}">
  <h1 data-search-title>${t.searchTitle}</h1>
  <p class="muted" data-search-status role="status">${t.searching}</p>
  <noscript><p>${t.noScript}</p></noscript>
  <ol class="search-results" data-search-results></ol>
  ${contactBox(lang)}
</div>`,
  });
}

export { T as HC_STRINGS, PRODUCTS };
