import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/signals/pageType';

const doc = (html: string, title = 'Page') => {
  const d = document.implementation.createHTMLDocument();
  d.title = title;
  d.body.innerHTML = html;
  return d;
};
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

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
