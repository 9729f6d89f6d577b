// The page shell shared by every page: <head> with the kikubari snippet, the demo bar, the
// shop or help-center header, and the footer.
import { html, raw } from './html.mjs';

/**
 * kikubari's documented snippet, exactly as a site owner pastes it: a queue stub, then the
 * async script tag that reads its config from /kikubari.json.
 */
export const SNIPPET = raw(`<script>typeof kikubari=="function"||(window.kikubari=function(){(kikubari.q=kikubari.q||[]).push(arguments)});</script>
<script async src="/dist/kikubari.js" data-config="/kikubari.json"></script>`);

export const ICONS = {
  bag: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 8h12l-1 12H7L6 8Z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M9 8V6.5a3 3 0 0 1 6 0V8" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>'),
  search: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="m16 16 4.5 4.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>'),
  truck: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 6h11v10H3zM14 10h4l3 3v3h-7z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><circle cx="7" cy="17.5" r="1.8" fill="#fff" stroke="currentColor" stroke-width="1.5"/><circle cx="17.5" cy="17.5" r="1.8" fill="#fff" stroke="currentColor" stroke-width="1.5"/></svg>'),
  return: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 7 5 11l4 4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/><path d="M5 11h9a5 5 0 0 1 0 10h-3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>'),
  shield: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3 5 6v5c0 4.5 3 8 7 10 4-2 7-5.5 7-10V6l-7-3Z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="m9 12 2 2 4-4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>'),
  hand: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 19c3-1 5-5 8-5h5a2 2 0 0 1 0 4h-4M4 13c2-2 4-4 7-4 2 0 3 1 4 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><circle cx="16" cy="6" r="2.5" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>'),
  box: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3.5 7.5 12 3l8.5 4.5v9L12 21l-8.5-4.5z M3.5 7.5 12 12l8.5-4.5M12 12v9" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/></svg>'),
  chat: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v11H9l-5 4z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 9.5h8M8 12.5h5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>'),
  star: raw('<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="m12 3 2.7 5.6 6.1.8-4.5 4.2 1.1 6L12 16.8 6.6 19.6l1.1-6L3.2 9.4l6.1-.8z" fill="currentColor"/></svg>'),
};

const T = {
  en: {
    demo: raw('This is a demo store for <strong>kikubari</strong> — add to cart, check out, then read a help article and pause to see the offer.'),
    demoLink: 'How this demo works',
    shop: 'Shop',
    help: 'Help Center',
    contact: 'Contact',
    cart: 'Cart',
    submit: 'Submit a request',
    searchLabel: 'Search the Help Center',
    searchPlaceholder: 'Search articles',
    search: 'Search',
    otherLang: ['ja', '日本語'],
  },
  ja: {
    demo: raw('これは <strong>kikubari</strong> のデモストアです。商品を購入し、ヘルプ記事を読んで少し手を止めると、サポートの提案が表示されます。'),
    demoLink: 'デモの使い方（英語）',
    shop: 'ショップ',
    help: 'ヘルプセンター',
    contact: 'お問い合わせ',
    cart: 'カート',
    submit: 'お問い合わせ',
    searchLabel: 'ヘルプセンターを検索',
    searchPlaceholder: 'キーワードで検索',
    search: '検索',
    otherLang: ['en', 'English'],
  },
};

export const strings = (lang) => T[lang] || T.en;

const YEAR = new Date().getFullYear();

/** The help-center search box; kikubari counts each search through `searchSelector: ".kb-search input"`. */
export function searchForm(lang, { large = false, value = '' } = {}) {
  const t = strings(lang);
  return html`<form class="kb-search${large ? ' kb-search-large' : ''}" action="/hc/${lang}/search" method="get" role="search">
  <label class="visually-hidden" for="kb-q-${large ? 'l' : 's'}">${t.searchLabel}</label>
  <span class="kb-search-icon">${ICONS.search}</span>
  <input id="kb-q-${large ? 'l' : 's'}" name="query" type="search" value="${value}" placeholder="${t.searchPlaceholder}" autocomplete="off" enterkeyhint="search">
  <button type="submit">${t.search}</button>
</form>`;
}

function demoBar(lang) {
  const t = strings(lang);
  return html`<div class="demo-bar" role="note"><p>${t.demo} <a href="/demo">${t.demoLink} →</a></p></div>`;
}

function logo(href, sub) {
  return html`<a class="logo" href="${href}"><img src="/assets/img/mark.svg" alt="" width="30" height="30"><span class="logo-word">nagomi</span>${sub ? html`<span class="logo-sub">${sub}</span>` : ''}</a>`;
}

function shopHeader(active) {
  const link = (href, label, key) => html`<a href="${href}"${active == key ? raw(' aria-current="page"') : ''}>${label}</a>`;
  return html`<header class="site-header">
  <div class="wrap header-inner">
    ${logo('/', '')}
    <nav class="main-nav" aria-label="Main">
      ${link('/products', 'Shop all', 'shop')}
      ${link('/products/aero-kettle', 'Kettles', 'kettles')}
      ${link('/products/shizuku-pour-over-set', 'Coffee & tea', 'coffee')}
      ${link('/hc/en', 'Help Center', 'help')}
    </nav>
    <a class="cart-link" href="/cart"${active == 'cart' ? raw(' aria-current="page"') : ''}>${ICONS.bag}<span class="cart-label">Cart</span><span class="cart-count" data-cart-count aria-label="items in cart">0</span></a>
  </div>
</header>`;
}

function checkoutHeader(done) {
  return html`<header class="site-header checkout-header">
  <div class="wrap header-inner">
    ${logo('/', '')}
    <p class="secure-note">${ICONS.shield} Secure checkout <span class="muted">(demo — no payment is taken)</span></p>
    ${done ? html`<a class="cart-link" href="/">${ICONS.bag}<span class="cart-label">Continue shopping</span></a>` : html`<a class="cart-link" href="/cart">${ICONS.bag}<span class="cart-label">Back to cart</span></a>`}
  </div>
</header>`;
}

function hcHeader(lang, otherHref) {
  const t = strings(lang);
  const [otherLang, otherLabel] = t.otherLang;
  return html`<header class="site-header hc-header">
  <div class="wrap header-inner">
    ${logo('/hc/' + lang, t.help)}
    <nav class="main-nav hc-nav" aria-label="${t.help}">
      <a href="/">${lang == 'ja' ? 'ショップへ戻る' : 'Back to shop'}</a>
      <a href="${otherHref || '/hc/' + otherLang}" lang="${otherLang}" hreflang="${otherLang}">${otherLabel}</a>
      <a class="btn btn-small btn-outline" href="/contact">${t.submit}</a>
    </nav>
  </div>
</header>`;
}

function footer(lang) {
  if (lang == 'ja')
    return html`<footer class="site-footer">
  <div class="wrap footer-bottom">
    <p>© ${YEAR} Nagomi 株式会社（架空のお店です）· <a href="/hc/ja">ヘルプセンター</a> · <a href="/contact">お問い合わせ</a> · <a href="/">ショップ</a></p>
    <p class="muted">kikubari のデモストアです。実際の販売・発送は行っていません。<a href="/demo">デモの使い方</a></p>
  </div>
</footer>`;
  return html`<footer class="site-footer">
  <div class="wrap footer-grid">
    <div class="footer-brand">
      ${logo('/', '')}
      <p>Kettles, teapots and kitchen tools made with small workshops across Japan. Designed in Kyoto.</p>
      <form class="newsletter" data-newsletter>
        <label for="nl-email">Letters from the workshop, once a month</label>
        <div class="newsletter-row"><input id="nl-email" type="email" name="email" placeholder="you@example.com" autocomplete="email" required><button class="btn btn-small" type="submit">Subscribe</button></div>
        <p class="newsletter-done" role="status" hidden>Thank you — you are on the list. (Demo: nothing was sent.)</p>
      </form>
    </div>
    <nav aria-label="Shop"><h2>Shop</h2><ul>
      <li><a href="/products/aero-kettle">Aero Kettle</a></li>
      <li><a href="/products/shizuku-pour-over-set">Shizuku Pour-Over Set</a></li>
      <li><a href="/products/kamado-rice-cooker">Kamado Rice Cooker</a></li>
      <li><a href="/products/tetsu-cast-iron-teapot">Tetsu Cast-Iron Teapot</a></li>
    </ul></nav>
    <nav aria-label="Help"><h2>Help</h2><ul>
      <li><a href="/hc/en">Help Center</a></li>
      <li><a href="/hc/en/articles/1013-shipping-and-delivery">Shipping</a></li>
      <li><a href="/hc/en/articles/1012-returns-and-refunds">Returns &amp; refunds</a></li>
      <li><a href="/hc/en/articles/1014-warranty">Warranty</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul></nav>
    <nav aria-label="About this demo"><h2>This demo</h2><ul>
      <li><a href="/demo">How this demo works</a></li>
      <li><a href="/npm/">npm example</a></li>
      <li><a href="/playground/">Theme playground</a></li>
      <li><a href="/hc/ja" lang="ja">日本語ヘルプセンター</a></li>
    </ul></nav>
  </div>
  <div class="wrap footer-bottom">
    <p>© ${YEAR} Nagomi Home Goods (a made-up shop) · Prices in USD</p>
    <p class="muted">A demo store for kikubari: nothing is sold, shipped or charged, and no data leaves your browser.</p>
  </div>
</footer>`;
}

/**
 * A whole page.
 * @param {{ lang?: 'en'|'ja', title: string, description?: string, kind?: 'shop'|'checkout'|'hc',
 *   active?: string, otherHref?: string, done?: boolean, head?: unknown, main: unknown, scripts?: string[], bodyClass?: string }} o
 */
export function page(o) {
  const lang = o.lang || 'en';
  const kind = o.kind || 'shop';
  const header = kind == 'hc' ? hcHeader(lang, o.otherHref) : kind == 'checkout' ? checkoutHeader(o.done) : shopHeader(o.active);
  return `<!doctype html>
${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
<meta name="theme-color" content="#f7f3ec">
<link rel="icon" href="/assets/img/mark.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/store.css">
${SNIPPET}
${(o.scripts || []).map((s) => html`<script defer src="${s}"></script>\n`)}${o.head || ''}
</head>
<body class="page-${kind}${o.bodyClass ? ' ' + o.bodyClass : ''}">
<a class="skip-link" href="#main">${lang == 'ja' ? '本文へスキップ' : 'Skip to content'}</a>
${demoBar(lang)}
${header}
<main id="main">
${o.main}
</main>
${kind == 'checkout' ? '' : footer(lang)}
</body>
</html>`}
`;
}
