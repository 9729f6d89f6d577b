import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/signals/pageType';

const doc = (html: string, title = 'Page') => {
  const d = document.implementation.createHTMLDocument();
  d.title = title;
  d.body.innerHTML = html;
  return d;
};
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const type = (url: string, html = '') => readPage(doc(html), url).type;

describe('page type', () => {
  it('knows a Zendesk-style help-center article by its URL alone', () => {
    const d = doc('<nav>Help Center</nav><article><h1>How to descale your Aero Kettle</h1><p>…</p></article>', 'How to descale your Aero Kettle – Help Center');
    const p = readPage(d, 'https://support.shop.example/hc/en-us/articles/360001234567-How-to-descale');
    expect(p).toMatchObject({ type: 'kb', title: 'How to descale your Aero Kettle – Help Center', heading: 'How to descale your Aero Kettle' });
  });

  it('reads the product from Product JSON-LD inside an @graph', () => {
    const graph = ld(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Kettle & Co' },
          { '@type': 'BreadcrumbList', itemListElement: [] },
          { '@type': 'Product', name: 'Aero Kettle', sku: 'AK-1', category: 'Kitchen > Kettles', offers: { '@type': 'Offer', price: '79.00' } },
        ],
      }),
    );
    expect(readPage(doc(graph + '<h1>Aero Kettle</h1>'), 'https://shop.example/collections/all/aero')).toMatchObject({
      type: 'product',
      product: { sku: 'AK-1', name: 'Aero Kettle', category: 'Kitchen > Kettles' },
    });
  });

  it('ignores broken JSON-LD and falls back to the URL shape', () => {
    const d = doc(ld('{ "@type": "Product", "name": "Broken",, }') + '<h1>Kumo pour-over</h1>');
    expect(readPage(d, 'https://shop.example/products/kumo-pour-over')).toMatchObject({ type: 'product', product: undefined });
    expect(readPage(d, 'https://shop.example/about')).toMatchObject({ type: 'other' });
  });

  it('knows articles from JSON-LD (TechArticle, FAQPage, HowTo) on any URL', () => {
    for (const type of ['TechArticle', 'FAQPage', 'HowTo', ['Article', 'WebPage']])
      expect(readPage(doc(ld(JSON.stringify({ '@type': type, headline: 'x' }))), 'https://shop.example/guides/x').type).toBe('kb');
  });

  it('knows carts and checkouts by URL, even when they carry FAQ or Product JSON-LD', () => {
    expect(readPage(doc(''), 'https://shop.example/cart').type).toBe('cart');
    expect(readPage(doc(''), 'https://shop.example/checkouts/c/123abc').type).toBe('checkout');
    expect(readPage(doc(ld('{"@type":"FAQPage"}')), 'https://shop.example/cart').type).toBe('cart');
    expect(readPage(doc(ld('{"@type":"Product","name":"Gift"}')), 'https://shop.example/checkout').type).toBe('checkout');
  });

  it('lets the site’s URL globs override both JSON-LD and URL shapes', () => {
    const d = doc(ld(JSON.stringify({ '@type': 'Product', name: 'Gift card' })));
    const globs = { checkout: ['/products/gift-card'], kb: ['/guides/**'] };
    expect(readPage(d, 'https://shop.example/products/gift-card', globs).type).toBe('checkout');
    expect(readPage(doc(''), 'https://shop.example/guides/brewing/kumo', globs).type).toBe('kb');
  });
});

describe('what a help article is about', () => {
  it('a help article whose JSON-LD is about a product stays a help article and names that product', () => {
    const d = doc(ld(JSON.stringify({ '@type': 'TechArticle', headline: 'Lid stuck', about: { '@type': 'Thing', name: 'Aero Kettle', sku: 'AK-1' } })));
    expect(readPage(d, 'https://shop.example/guides/lid')).toMatchObject({ type: 'kb', product: { sku: 'AK-1', name: 'Aero Kettle' } });
  });

  it('reads productID, and a Product that is a help article’s mainEntity', () => {
    const d = doc(ld(JSON.stringify({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'q' }, { '@type': 'Product', productID: 'GR-3', name: 'Kaze Burr Grinder' }] })));
    expect(readPage(d, 'https://shop.example/faq/grinder')).toMatchObject({ type: 'kb', product: { sku: 'GR-3', name: 'Kaze Burr Grinder' } });
  });
});

describe('hosted help centers', () => {
  it('knows an Intercom Articles page: /<locale>/articles/<id>-<slug>, on its own domain or under intercom.help', () => {
    expect(type('https://help.acme.example/en/articles/6354567-how-to-reset-your-password')).toBe('kb');
    expect(type('https://intercom.help/acme/pt-BR/articles/6354567-como-redefinir')).toBe('kb');
  });

  it('knows a Gorgias help center page: /<locale>/articles/<slug>-<id>', () => {
    expect(type('https://support.shop.example/en-US/articles/where-is-my-order-18373')).toBe('kb');
  });

  it('knows a Help Scout Docs article: /article/<id>-<slug>', () => {
    expect(type('https://acme.helpscoutdocs.example/article/1250-change-your-plan')).toBe('kb');
  });

  it('knows a Salesforce Knowledge article in an Experience Cloud site: /s/article/<name>', () => {
    expect(type('https://acme.my.site.example/s/article/How-to-descale-the-kettle')).toBe('kb');
  });

  it('knows /support/…/articles/… help centers', () => {
    expect(type('https://shop.example/support/en/articles/1001-descale')).toBe('kb');
    expect(type('https://shop.example/support/articles/descale')).toBe('kb');
  });

  it('knows a Document360 knowledge base: /docs/<slug>, also on a docs subdomain with a locale', () => {
    expect(type('https://acme.document360.example/docs/getting-started')).toBe('kb');
    expect(type('https://docs.acme.example/docs/es/aspnet-core-server')).toBe('kb');
  });

  it('knows a HubSpot knowledge base: /knowledge/… on the site, or any page of a knowledge subdomain', () => {
    expect(type('https://www.acme.example/knowledge/billing/update-card')).toBe('kb');
    expect(type('https://knowledge.acme.example/billing/update-card')).toBe('kb');
    expect(type('https://help.acme.example/getting-started')).toBe('kb');
  });

  it('knows a help article from Article, FAQPage or HowTo JSON-LD on any URL', () => {
    for (const t of ['Article', 'FAQPage', 'HowTo']) expect(type('https://shop.example/guides/x', ld(JSON.stringify({ '@type': t, headline: 'x' })))).toBe('kb');
  });
});

describe('near-misses: a blog or a news site is not a help center', () => {
  it('a news site’s /<locale>/articles/ without an article id is not a help article', () => {
    expect(type('https://news.example/en/articles/how-we-raised-our-seed-round')).toBe('other');
    expect(type('https://news.example/en/articles/2024-roundup')).toBe('other');
  });

  it('/article/ without a Help Scout id, and /articles/ without a locale, are not help articles', () => {
    expect(type('https://magazine.example/article/why-kettles-whistle')).toBe('other');
    expect(type('https://magazine.example/articles/123-why-kettles-whistle')).toBe('other');
  });

  it('a blog post under /blog/ or /news/ is not a help article, even with Article JSON-LD or "help" in its path', () => {
    const article = ld(JSON.stringify({ '@type': 'Article', headline: 'Ten ways to descale' }));
    expect(type('https://shop.example/blog/ten-ways-to-descale', article)).toBe('other');
    expect(type('https://shop.example/news/2024/help-is-here')).toBe('other');
    expect(type('https://help.acme.example/blog/launch-week')).toBe('other');
  });

  it("a Zendesk help center's request forms and community posts are not help articles, even on a help subdomain", () => {
    expect(type('https://help.acme.example/hc/en-us/requests/new')).toBe('other');
    expect(type('https://help.acme.example/hc/en-us/community/posts/4409000000001-tips')).toBe('other');
    expect(type('https://help.acme.example/hc/en-us/articles/4408824571602-descale')).toBe('kb');
  });

  it('BlogPosting or NewsArticle JSON-LD is not a help article, even in a @graph beside an Article, on any URL', () => {
    expect(type('https://shop.example/guides/kettles', ld(JSON.stringify({ '@type': 'BlogPosting', headline: 'x' })))).toBe('other');
    expect(type('https://shop.example/help/kettles', ld(JSON.stringify({ '@graph': [{ '@type': 'Article' }, { '@type': 'NewsArticle' }] })))).toBe('other');
  });

  it('a word in a path is not a path segment: /newsletter, /blogger-kit, /helpful-tips are other pages', () => {
    expect(type('https://shop.example/newsletter')).toBe('other');
    expect(type('https://shop.example/blogger-kit')).toBe('other');
    expect(type('https://shop.example/helpful-tips')).toBe('other');
  });

  it('a product page on a help subdomain stays a product page', () => {
    expect(type('https://help.acme.example/products/aero-kettle')).toBe('product');
  });

  it('the site’s globs still win over the blog rule', () => {
    expect(readPage(doc(''), 'https://shop.example/blog/manuals/aero', { kb: ['/blog/manuals/**'] }).type).toBe('kb');
  });
});
