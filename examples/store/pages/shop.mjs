// The shop's pages: home, all products, product, cart, checkout, confirmation, contact,
// "How this demo works" and 404.
import { html, raw, jsonScript, money } from '../lib/html.mjs';
import { page, ICONS, searchForm } from '../lib/layout.mjs';
import { PRODUCTS, SHOP, imagePath, catalogForBrowser } from '../catalog.mjs';

const COMMON_JS = '/assets/common.js';
const STORE_JS = '/assets/store.js';

const REVIEWS = {
  'AK-1': [
    ['Maya R.', 'Portland, OR', 'The hold function changed my mornings. I set 80 °C for sencha and it is just there when I come back from the shower.'],
    ['Daniel K.', 'Chicago, IL', 'Pours slowly and exactly where I aim. The matte black has not marked after six months of daily use.'],
  ],
  'SZ-2': [
    ['Priya S.', 'Austin, TX', 'Beautiful glaze and the coffee is noticeably cleaner than my old plastic cone.'],
    ['Tom W.', 'Brooklyn, NY', 'The wooden collar is a lovely touch. Drains in about 2:45 with a medium-fine grind.'],
  ],
  'KM-3': [
    ['Emi T.', 'San Jose, CA', 'Finally rice that tastes like my grandmother’s donabe. Brown rice is excellent too.'],
    ['Marcus L.', 'Denver, CO', 'Small enough for our counter. The timer means rice is ready when we walk in.'],
  ],
  'TT-4': [
    ['Hannah B.', 'Seattle, WA', 'Heavy, solid and keeps the second pour warm. The indigo is deeper in person.'],
    ['Kenji O.', 'Honolulu, HI', 'Real Nambu ironware at a fair price. Follow the care card and it looks new.'],
  ],
};

const stars = (rating) =>
  html`<span class="stars" aria-hidden="true">${[1, 2, 3, 4, 5].map((i) => html`<span class="${i <= Math.round(rating) ? 'on' : ''}">${ICONS.star}</span>`)}</span>`;

const swatchDot = (c) => raw(`<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="${c.body}" stroke="rgba(0,0,0,.18)"/></svg>`);

function productCard(p) {
  const c = p.colours[0];
  return html`<li class="product-card">
  <a href="/products/${p.handle}">
    <span class="product-card-image"><img src="${imagePath(p, c)}" alt="${p.name} in ${c.label}" width="600" height="600" loading="lazy"></span>
    <span class="product-card-body">
      <span class="product-card-kind">${p.kind}</span>
      <span class="product-card-name">${p.name}</span>
      <span class="product-card-meta"><span class="price">${money(p.price)}</span><span class="swatches">${p.colours.map(swatchDot)}</span></span>
    </span>
  </a>
</li>`;
}

const valueProps = html`<ul class="value-props wrap">
  <li>${ICONS.truck}<div><strong>Free shipping over $${SHOP.freeShippingOver}</strong><span>Same-day dispatch before 1 pm PT</span></div></li>
  <li>${ICONS.return}<div><strong>30-day returns</strong><span>Even if you have used it</span></div></li>
  <li>${ICONS.shield}<div><strong>Up to 2-year warranty</strong><span>Lifetime on cast iron</span></div></li>
  <li>${ICONS.hand}<div><strong>Made in Japan</strong><span>With workshops in Niigata, Nagasaki and Iwate</span></div></li>
</ul>`;

export function homePage(articlesEn) {
  const [kettle, pourover, , teapot] = PRODUCTS;
  const popular = ['1004', '1001', '1003', '1012'].map((id) => articlesEn.find((a) => a.id == id)).filter(Boolean);
  return page({
    title: 'Nagomi — Quiet tools for everyday rituals',
    description: 'Kettles, teapots and kitchen tools made with small workshops across Japan.',
    active: 'home',
    scripts: [COMMON_JS, STORE_JS],
    main: html`
<section class="hero">
  <div class="wrap hero-inner">
    <div class="hero-copy">
      <p class="eyebrow">New colour · Aero Kettle in Matcha</p>
      <h1>Quiet tools for everyday rituals</h1>
      <p class="lede">Kettles, teapots and rice cookers made with small workshops across Japan — designed to be used every day and kept for years.</p>
      <p class="hero-actions"><a class="btn" href="/products/${kettle.handle}">Shop the Aero Kettle</a><a class="btn btn-ghost" href="/products">Browse everything</a></p>
    </div>
    <div class="hero-art">
      <img src="${imagePath(kettle, kettle.colours[2])}" alt="The Aero Kettle in Matcha green on its base" width="600" height="600">
      <span class="hero-badge">From ${money(kettle.price)}</span>
    </div>
  </div>
</section>
${valueProps}
<section class="section wrap" aria-labelledby="bestsellers">
  <div class="section-head"><h2 id="bestsellers">Bestsellers</h2><a href="/products">Shop all →</a></div>
  <ul class="product-grid">${PRODUCTS.map(productCard)}</ul>
</section>
<section class="story">
  <div class="wrap story-inner">
    <img src="${imagePath(teapot, teapot.colours[0])}" alt="The Tetsu cast-iron teapot" width="600" height="600" loading="lazy">
    <div>
      <p class="eyebrow">Made by hand in Morioka</p>
      <h2>Four hundred years of Nambu ironware</h2>
      <p>Each Tetsu teapot starts as a sand mould pressed by hand, one hailstone at a time. We work with a family foundry of eleven people, and we pay for their time, not their speed.</p>
      <p><a class="text-link" href="/products/${teapot.handle}">Meet the Tetsu teapot →</a></p>
    </div>
  </div>
</section>
<section class="section wrap split" aria-labelledby="ritual">
  <div>
    <p class="eyebrow">The morning ritual</p>
    <h2 id="ritual">Kettle, dripper, three quiet minutes</h2>
    <p>Heat to 93 °C, bloom for thirty seconds, pour in slow circles. Our pour-over set and kettle were designed side by side — and our <a href="/hc/en/articles/1006-shizuku-brew-guide">house recipe</a> is in the help center.</p>
    <p><a class="btn btn-ghost" href="/products/${pourover.handle}">Shop the Shizuku set</a></p>
  </div>
  <img src="${imagePath(pourover, pourover.colours[1])}" alt="The Shizuku pour-over dripper on its glass server" width="600" height="600" loading="lazy">
</section>
<section class="help-teaser">
  <div class="wrap help-teaser-inner">
    <div>
      <h2>Need a hand with something you bought?</h2>
      <p>Setup guides, care, error codes and returns — in English and <a href="/hc/ja" lang="ja">日本語</a>.</p>
      ${searchForm('en')}
    </div>
    <ul class="link-list">${popular.map((a) => html`<li><a href="${a.url}">${a.title}</a></li>`)}</ul>
  </div>
</section>`,
  });
}

export function productsPage() {
  return page({
    title: 'Shop all — Nagomi',
    description: 'Everything we make: the Aero Kettle, Shizuku pour-over set, Kamado rice cooker and Tetsu teapot.',
    active: 'shop',
    scripts: [COMMON_JS, STORE_JS],
    main: html`
<div class="wrap page-head">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li aria-current="page">Shop all</li></ol></nav>
  <h1>Shop all</h1>
  <p class="lede">Four things we use every day, made to last.</p>
</div>
<section class="wrap section-tight"><ul class="product-grid">${PRODUCTS.map(productCard)}</ul></section>
${valueProps}`,
  });
}

/** schema.org Product JSON-LD: kikubari reads `sku`, `name` and `category` from it. */
function productJsonLd(p) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: p.sku,
    name: p.name,
    category: p.category,
    description: p.short,
    image: p.colours.map((c) => imagePath(p, c)),
    brand: { '@type': 'Brand', name: SHOP.name },
    offers: {
      '@type': 'Offer',
      url: '/products/' + p.handle,
      price: p.price.toFixed(2),
      priceCurrency: SHOP.currency,
      availability: 'https://schema.org/InStock',
      itemCondition: 'https://schema.org/NewCondition',
    },
  };
}

export function productPage(p, articlesEn) {
  const help = articlesEn.filter((a) => a.products.length == 1 && a.products[0] == p.sku);
  const others = PRODUCTS.filter((x) => x !== p);
  const first = p.colours[0];
  return page({
    title: `${p.name} — ${p.kind} — Nagomi`,
    description: p.short,
    active: p.category == 'kettles' ? 'kettles' : p.category == 'coffee' ? 'coffee' : 'shop',
    scripts: [COMMON_JS, STORE_JS],
    head: jsonScript(productJsonLd(p), 'type="application/ld+json"'),
    main: html`
<div class="wrap">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/products">Shop all</a></li><li aria-current="page">${p.name}</li></ol></nav>
</div>
<section class="wrap product" data-product="${p.sku}">
  <div class="gallery">
    <div class="gallery-main"><img data-gallery-main src="${imagePath(p, first)}" alt="${p.name} in ${first.label}" width="600" height="600"></div>
    <ul class="gallery-thumbs" aria-label="Colours">
      ${p.colours.map((c, i) => html`<li><button type="button" class="thumb" data-colour="${c.id}" aria-pressed="${i == 0 ? 'true' : 'false'}"><img src="${imagePath(p, c)}" alt="${c.label}" width="600" height="600"></button></li>`)}
    </ul>
  </div>
  <div class="product-info">
    <p class="eyebrow">${p.kind}</p>
    <h1>${p.name}</h1>
    <p class="rating">${stars(p.rating)} <span>${p.rating.toFixed(1)}</span> <a href="#reviews">${p.reviews} reviews</a></p>
    <p class="product-price">${money(p.price)} <span class="muted">USD · free shipping over $${SHOP.freeShippingOver}</span></p>
    <p class="product-short">${p.short}</p>
    <form class="add-to-cart" data-add-to-cart>
      <input type="hidden" name="sku" value="${p.sku}">
      <fieldset class="colour-picker">
        <legend>Colour: <span data-colour-label>${first.label}</span></legend>
        ${p.colours.map(
          (c, i) => html`<label class="swatch" title="${c.label}"><input type="radio" name="colour" value="${c.id}" data-label="${c.label}" data-image="${imagePath(p, c)}"${i == 0 ? raw(' checked') : ''}>${swatchDot(c)}<span class="visually-hidden">${c.label}</span></label>`,
        )}
      </fieldset>
      <div class="buy-row">
        <div class="qty" data-qty>
          <button type="button" data-step="-1" aria-label="One fewer">−</button>
          <input name="quantity" type="number" inputmode="numeric" min="1" max="9" value="1" aria-label="Quantity">
          <button type="button" data-step="1" aria-label="One more">+</button>
        </div>
        <button class="btn btn-block" type="submit">Add to cart — ${money(p.price)}</button>
      </div>
      <div class="added" data-added role="status" hidden></div>
    </form>
    <ul class="assurances">
      <li>${ICONS.truck} Ships today if ordered before 1 pm PT</li>
      <li>${ICONS.return} 30-day returns, even if used</li>
      <li>${ICONS.shield} ${p.warranty}</li>
    </ul>
    <div class="accordion">
      <details open><summary>Description</summary>${p.description.map((d) => html`<p>${d}</p>`)}</details>
      <details><summary>Specifications</summary><dl class="specs">${p.specs.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl></details>
      <details><summary>In the box</summary><ul>${p.box.map((b) => html`<li>${b}</li>`)}</ul></details>
      <details><summary>Care notes</summary><ul>${p.care.map((b) => html`<li>${b}</li>`)}</ul></details>
    </div>
  </div>
</section>
<section class="highlights">
  <ul class="wrap highlight-grid">${p.highlights.map(([h, t]) => html`<li><h2>${h}</h2><p>${t}</p></li>`)}</ul>
</section>
<section class="wrap section product-lower">
  <div id="reviews" class="reviews">
    <h2>What customers say</h2>
    <p class="rating">${stars(p.rating)} <strong>${p.rating.toFixed(1)} out of 5</strong> <span class="muted">· ${p.reviews} reviews</span></p>
    ${REVIEWS[p.sku].map(([who, where, text]) => html`<figure class="review"><blockquote><p>${text}</p></blockquote><figcaption>${stars(5)} ${who}, <span class="muted">${where} · Verified buyer</span></figcaption></figure>`)}
  </div>
  <aside class="product-help">
    <h2>Help with the ${p.name}</h2>
    <ul class="link-list">${help.map((a) => html`<li><a href="${a.url}">${a.title}</a></li>`)}</ul>
    <p><a class="text-link" href="/hc/en">Visit the Help Center →</a></p>
  </aside>
</section>
<section class="wrap section" aria-labelledby="more">
  <div class="section-head"><h2 id="more">You may also like</h2></div>
  <ul class="product-grid product-grid-3">${others.map(productCard)}</ul>
</section>`,
  });
}

const catalogBlock = () => jsonScript(catalogForBrowser(), 'type="application/json" id="catalog"');

export function cartPage() {
  return page({
    title: 'Your cart — Nagomi',
    active: 'cart',
    scripts: [COMMON_JS, STORE_JS],
    head: catalogBlock(),
    main: html`
<div class="wrap page-head"><h1>Your cart</h1></div>
<section class="wrap cart" data-cart>
  <div class="cart-lines">
    <ul class="line-items" data-lines></ul>
    <div class="cart-empty" data-empty hidden>
      <p>Your cart is empty.</p>
      <p><a class="btn" href="/products">Continue shopping</a></p>
    </div>
  </div>
  <aside class="summary" data-summary hidden>
    <h2>Order summary</h2>
    <dl class="totals">
      <div><dt>Subtotal</dt><dd data-subtotal>$0</dd></div>
      <div><dt>Shipping</dt><dd data-shipping>Calculated at checkout</dd></div>
    </dl>
    <p class="free-ship" data-free-ship></p>
    <a class="btn btn-block" href="/checkout">Check out</a>
    <p class="muted small">Demo store: no payment is taken.</p>
  </aside>
</section>
<section class="wrap section" aria-labelledby="also"><div class="section-head"><h2 id="also">Popular right now</h2></div><ul class="product-grid">${PRODUCTS.map(productCard)}</ul></section>`,
  });
}

export function checkoutPage() {
  const field = (id, label, attrs = '', full = false) =>
    html`<div class="field${full ? ' full' : ''}"><label for="${id}">${label}</label><input id="${id}" name="${id}" ${raw(attrs)}></div>`;
  return page({
    title: 'Checkout — Nagomi',
    kind: 'checkout',
    scripts: [COMMON_JS, STORE_JS],
    head: catalogBlock(),
    main: html`
<div class="wrap checkout" data-checkout>
  <form class="checkout-form" data-checkout-form novalidate>
    <div class="checkout-title"><h1>Checkout</h1><button type="button" class="btn btn-small btn-ghost" data-demo-fill>Fill in demo details</button></div>
    <fieldset><legend>Contact</legend>
      <div class="fields">
        ${field('email', 'Email', 'type="email" autocomplete="email" required', true)}
      </div>
      <label class="check"><input type="checkbox" name="news" checked> Email me about new colours and restocks</label>
    </fieldset>
    <fieldset><legend>Shipping address</legend>
      <div class="fields">
        ${field('firstName', 'First name', 'autocomplete="given-name" required')}
        ${field('lastName', 'Last name', 'autocomplete="family-name" required')}
        ${field('address', 'Address', 'autocomplete="address-line1" required', true)}
        ${field('address2', 'Apartment, suite, etc. (optional)', 'autocomplete="address-line2"', true)}
        ${field('city', 'City', 'autocomplete="address-level2" required')}
        <div class="field"><label for="state">State</label><select id="state" name="state" autocomplete="address-level1" required>
          <option value="">Select…</option>${['AK', 'AZ', 'CA', 'CO', 'FL', 'HI', 'IL', 'MA', 'NY', 'OR', 'TX', 'WA'].map((s) => html`<option>${s}</option>`)}
        </select></div>
        ${field('zip', 'ZIP code', 'autocomplete="postal-code" inputmode="numeric" required')}
        ${field('phone', 'Phone (for delivery updates)', 'type="tel" autocomplete="tel"')}
      </div>
    </fieldset>
    <fieldset><legend>Delivery</legend>
      <div class="radio-cards">
        <label class="radio-card"><input type="radio" name="shipping" value="standard" checked><span><strong>Standard</strong><span class="muted">3–5 business days</span></span><span data-ship-standard>$${SHOP.shipping.standard}</span></label>
        <label class="radio-card"><input type="radio" name="shipping" value="express"><span><strong>Express</strong><span class="muted">1–2 business days</span></span><span>$${SHOP.shipping.express}</span></label>
      </div>
    </fieldset>
    <fieldset><legend>Payment</legend>
      <p class="demo-note">${ICONS.shield} This is a demo: no card is charged and nothing leaves your browser. Any numbers will do.</p>
      <div class="fields">
        ${field('cardNumber', 'Card number', 'inputmode="numeric" autocomplete="off" placeholder="4242 4242 4242 4242"', true)}
        ${field('cardExpiry', 'Expiry (MM / YY)', 'autocomplete="off" placeholder="12 / 28"')}
        ${field('cardCvc', 'Security code', 'inputmode="numeric" autocomplete="off" placeholder="123"')}
      </div>
    </fieldset>
    <p class="form-error" data-form-error role="alert" hidden></p>
    <button class="btn btn-block btn-large" type="submit" data-place-order>Place order</button>
    <p class="muted small">By placing this order you agree to our made-up terms. <a href="/hc/en/articles/1012-returns-and-refunds">Returns policy</a></p>
  </form>
  <aside class="summary checkout-summary">
    <h2>Order summary</h2>
    <ul class="line-items compact" data-lines></ul>
    <p class="cart-empty" data-empty hidden>Your cart is empty. <a href="/products">Browse the shop</a></p>
    <dl class="totals">
      <div><dt>Subtotal</dt><dd data-subtotal>$0</dd></div>
      <div><dt>Shipping</dt><dd data-shipping>$0</dd></div>
      <div class="grand"><dt>Total</dt><dd data-total>$0</dd></div>
    </dl>
  </aside>
</div>`,
  });
}

/**
 * The order confirmation. The page is static, so /assets/confirmation.js fills it in from the
 * order saved at checkout, then records the purchase: a `data-kikubari-purchase` JSON block,
 * a GA4 `purchase` event on `dataLayer`, and `kikubari('purchase', order)` through the queue.
 */
export function confirmationPage(helpBySku) {
  return page({
    title: 'Order confirmed — Nagomi',
    kind: 'checkout',
    done: true,
    scripts: [COMMON_JS, '/assets/confirmation.js'],
    head: html`${catalogBlock()}\n${jsonScript(helpBySku, 'type="application/json" id="help-links"')}`,
    main: html`
<div class="wrap confirmation" data-confirmation>
  <section class="confirm-main">
    <p class="confirm-check" aria-hidden="true">✓</p>
    <p class="eyebrow" data-order-number>Order</p>
    <h1 data-thanks>Thank you for your order</h1>
    <p class="lede" data-confirm-lede>We are getting it ready to ship.</p>
    <div class="confirm-missing" data-missing hidden>
      <p>We could not find that order in this browser. Orders are kept on this device only, in this demo.</p>
      <p><a class="btn" href="/products">Go to the shop</a></p>
    </div>
    <div class="next-steps" data-next hidden>
      <h2>While you wait</h2>
      <p>Get to know what you bought. <strong>Try the demo:</strong> open one of these articles, read for a moment, then leave the page alone for about 35 seconds.</p>
      <ul class="link-list" data-help-links></ul>
    </div>
    <div class="confirm-details" data-details hidden>
      <div><h2>Shipping to</h2><p data-ship-to></p></div>
      <div><h2>Delivery</h2><p data-delivery></p></div>
    </div>
    <p class="actions"><a class="btn btn-ghost" href="/">Continue shopping</a> <a class="text-link" href="/hc/en">Visit the Help Center</a></p>
  </section>
  <aside class="summary">
    <h2>Order summary</h2>
    <ul class="line-items compact" data-lines></ul>
    <dl class="totals">
      <div><dt>Subtotal</dt><dd data-subtotal></dd></div>
      <div><dt>Shipping</dt><dd data-shipping></dd></div>
      <div class="grand"><dt>Total</dt><dd data-total></dd></div>
    </dl>
  </aside>
</div>`,
  });
}

export function contactPage() {
  return page({
    title: 'Contact us — Nagomi',
    description: 'Questions about an order or a product? Our team in Portland and Kyoto replies within one business day.',
    scripts: [COMMON_JS, STORE_JS],
    main: html`
<div class="wrap page-head">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/hc/en">Help Center</a></li><li aria-current="page">Contact us</li></ol></nav>
  <h1>Contact us</h1>
  <p class="lede">Questions about an order or a product? We reply within one business day, Monday to Friday, 8 am–5 pm Pacific.</p>
</div>
<div class="wrap contact">
  <form class="contact-form" data-contact-form>
    <p class="prefilled" data-prefilled hidden>${ICONS.chat} We have filled in what you were looking at, so you do not have to explain it again. Change anything you like.</p>
    <div class="fields">
      <div class="field"><label for="c-name">Your name</label><input id="c-name" name="name" autocomplete="name" required></div>
      <div class="field"><label for="c-email">Email</label><input id="c-email" name="email" type="email" autocomplete="email" required></div>
      <div class="field"><label for="c-order">Order number <span class="muted">(optional)</span></label><input id="c-order" name="order" placeholder="NG-123456"></div>
      <div class="field"><label for="c-topic">Topic</label><select id="c-topic" name="topic">
        <option>A product is not working</option><option>Returns and refunds</option><option>Shipping and delivery</option><option>Change or cancel an order</option><option>Something else</option>
      </select></div>
      <div class="field full"><label for="c-subject">Subject</label><input id="c-subject" name="subject" required></div>
      <div class="field full"><label for="c-message">How can we help?</label><textarea id="c-message" name="message" rows="9" required></textarea></div>
    </div>
    <button class="btn" type="submit">Send message</button>
    <div class="sent" data-sent role="status" hidden>
      <h2>Thank you — we have your message</h2>
      <p>We usually reply within one business day. (This is a demo: nothing was sent.)</p>
    </div>
  </form>
  <aside class="contact-aside">
    <h2>Other ways to reach us</h2>
    <p><strong>Email</strong><br>care@nagomi.example</p>
    <p><strong>Phone</strong><br>(503) 555-0142<br><span class="muted">Mon–Fri, 8 am–5 pm PT</span></p>
    <h2>Quick answers</h2>
    <ul class="link-list">
      <li><a href="/hc/en/articles/1013-shipping-and-delivery">Shipping times, costs and tracking</a></li>
      <li><a href="/hc/en/articles/1012-returns-and-refunds">Returns and refunds</a></li>
      <li><a href="/hc/en/articles/1014-warranty">What our warranty covers</a></li>
    </ul>
  </aside>
</div>`,
  });
}

export function demoPage() {
  return page({
    title: 'How this demo works — kikubari demo store',
    description: 'Buy something, read a help article, pause — and see kikubari offer help with your purchase.',
    scripts: [COMMON_JS, STORE_JS],
    main: html`
<div class="wrap page-head narrow">
  <p class="eyebrow">kikubari demo</p>
  <h1>How this demo works</h1>
  <p class="lede">Nagomi is a made-up shop with a real help center. It runs <strong>kikubari</strong>, an embeddable script that notices when a visitor seems stuck on a help page, remembers what they bought — on their own device — and offers help with it before they ask.</p>
</div>
<div class="wrap narrow prose">
  <ol class="steps">
    <li>
      <h2>Buy something</h2>
      <p>Open the <a href="/products/aero-kettle">Aero Kettle</a>, add it to your cart and <a href="/checkout">check out</a> (the “Fill in demo details” button saves typing; no payment is taken). The confirmation page records the purchase for kikubari in three ways a real shop might: a <code>&lt;script type="application/json" data-kikubari-purchase&gt;</code> block, a GA4 <code>dataLayer</code> <code>purchase</code> event, and a <code>kikubari('purchase', order)</code> call. The order id is the same in all three, so it is stored once.</p>
    </li>
    <li>
      <h2>Read a help article</h2>
      <p>Go to the <a href="/hc/en">Help Center</a> (or the <a href="/hc/ja" lang="ja">日本語</a> one) and open an article about what you bought — for example <a href="/hc/en/articles/1001-descale-aero-kettle">How to descale your Aero Kettle</a>. Scroll and read a little.</p>
    </li>
    <li>
      <h2>Pause for about 35 seconds</h2>
      <p>Stop moving the mouse and leave the keyboard alone, with the tab visible. kikubari counts engaged reading, then idle time; a hidden tab counts as away, not idle.</p>
    </li>
    <li>
      <h2>See the offer</h2>
      <p>A small bubble asks <em>“Questions about your recent purchase of Aero Kettle?”</em>. Accept it to see matching articles, or ask to talk to a person: the <a href="/contact">contact form</a> opens with your context filled in. “Why am I seeing this?” lists the reasons.</p>
    </li>
  </ol>
  <h2>Tips</h2>
  <ul>
    <li>Add <code>?kikubari-debug</code> to any URL to see the debug overlay: page type, engaged and idle time, stored purchases, and each offer's conditions.</li>
    <li>Everything kikubari stores stays in this browser (IndexedDB). To start over, run <code>kikubari('forget')</code> in the developer console.</li>
    <li>kikubari shows at most one proactive offer per session, and never on the cart or checkout pages.</li>
    <li>This shop's configuration is one file: <a href="/kikubari.json"><code>/kikubari.json</code></a>. Its articles come from <a href="/kb-index.json"><code>/kb-index.json</code></a>.</li>
  </ul>
  <h2>More examples</h2>
  <div class="card-row">
    <a class="card-link" href="/npm/"><strong>npm example</strong><span>A small app that imports <code>kikubari</code> through a bundler and logs every event.</span></a>
    <a class="card-link" href="/playground/"><strong>Theme playground</strong><span>Change colours, fonts, radius and position and see the widget live.</span></a>
  </div>
</div>`,
  });
}

export function notFoundPage() {
  return page({
    title: 'Page not found — Nagomi',
    scripts: [COMMON_JS, STORE_JS],
    main: html`
<div class="wrap page-head narrow not-found">
  <p class="eyebrow">404</p>
  <h1>We could not find that page</h1>
  <p class="lede">It may have moved, or the link may be mistyped. Try searching the help center, or head back to the shop.</p>
  ${searchForm('en')}
  <p class="actions"><a class="btn" href="/">Back to the shop</a> <a class="btn btn-ghost" href="/hc/en">Help Center</a></p>
</div>`,
  });
}
