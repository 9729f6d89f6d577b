#!/usr/bin/env node
// Builds the demo store (a made-up shop, "Nagomi") into build/store/ with Node built-ins only.
//   node examples/store/build.mjs
// Sources: catalog.mjs (products), articles/<locale>/*.md (help articles), pages/ (templates),
// assets/ (CSS and scripts, copied as they are) and kikubari.json (the SDK's config).
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToHtml, markdownToText, parseFrontMatter } from './lib/markdown.mjs';
import { PRODUCTS, bySku } from './catalog.mjs';
import { ILLUSTRATIONS, MARK } from './illustrations.mjs';
import { cartPage, checkoutPage, confirmationPage, contactPage, demoPage, homePage, notFoundPage, productPage, productsPage } from './pages/shop.mjs';
import { SECTIONS, articlePage, hcHomePage, searchPage, sectionPage } from './pages/helpCenter.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const OUT = join(ROOT, 'build/store');
const LOCALES = ['en', 'ja'];

/** Read and check every article in articles/<locale>/. */
async function readArticles(locale) {
  const dir = join(HERE, 'articles', locale);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const articles = [];
  for (const file of files) {
    const { data, body } = parseFrontMatter(await readFile(join(dir, file), 'utf8'), file);
    const a = {
      id: String(data.id),
      title: data.title,
      url: data.url,
      locale: data.locale,
      tags: data.tags || [],
      products: data.products || [],
      markdown: body,
    };
    const where = `articles/${locale}/${file}`;
    const slug = file.replace(/\.md$/, '');
    if (!a.id || !a.title || !a.url) throw new Error(`${where}: id, title and url are required`);
    if (a.locale != locale) throw new Error(`${where}: locale "${a.locale}" does not match its folder`);
    if (a.url != `/hc/${locale}/articles/${slug}`) throw new Error(`${where}: url should be /hc/${locale}/articles/${slug}`);
    if (!slug.startsWith(a.id + '-')) throw new Error(`${where}: the file name should start with the id ${a.id}`);
    for (const sku of a.products) if (!bySku[sku]) throw new Error(`${where}: unknown product ${sku}`);
    a.html = markdownToHtml(body);
    a.body = markdownToText(body);
    a.summary = firstSentence(a.body);
    articles.push(a);
  }
  return articles;
}

function firstSentence(text) {
  const para = text.split('\n')[0];
  const m = /^(.{20,}?[.!?。])(\s|$)/u.exec(para);
  const s = m ? m[1] : para;
  return s.length > 160 ? s.slice(0, 157) + '…' : s;
}

/**
 * The article index kikubari searches (`articles: "/kb-index.json"` in kikubari.json).
 * A fallback: once the project's CLI (`npx kikubari index examples/store/articles`) builds it,
 * this function can be replaced by a call to it.
 */
function buildKbIndex(articles) {
  return articles.map(({ id, title, url, body, tags, products, locale }) => ({ id, title, url, body, tags, products, locale }));
}

async function write(path, content) {
  const file = join(OUT, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function build() {
  const started = Date.now();
  const byLocale = {};
  for (const l of LOCALES) byLocale[l] = await readArticles(l);
  const all = LOCALES.flatMap((l) => byLocale[l]);
  const ids = new Set();
  for (const a of all) {
    if (ids.has(a.id)) throw new Error(`article id ${a.id} is used twice`);
    ids.add(a.id);
  }

  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await cp(join(HERE, 'assets'), join(OUT, 'assets'), { recursive: true });

  // Product illustrations, one per colourway, and the site mark.
  for (const p of PRODUCTS)
    for (const c of p.colours) await write(`assets/img/${p.handle}-${c.id}.svg`, ILLUSTRATIONS[p.illustration](c, `${p.name}, ${c.label}`));
  await write('assets/img/mark.svg', MARK);

  // Shop.
  const en = byLocale.en;
  await write('index.html', homePage(en));
  await write('products/index.html', productsPage());
  for (const p of PRODUCTS) await write(`products/${p.handle}.html`, productPage(p, en));
  await write('cart.html', cartPage());
  await write('checkout/index.html', checkoutPage());
  const helpBySku = Object.fromEntries(
    PRODUCTS.map((p) => [p.sku, en.filter((a) => a.products.length == 1 && a.products[0] == p.sku).slice(0, 3).map(({ title, url }) => ({ title, url }))]),
  );
  await write('checkout/confirmation.html', confirmationPage(helpBySku));
  await write('contact.html', contactPage());
  await write('demo.html', demoPage());
  await write('404.html', notFoundPage());

  // Help center.
  for (const lang of LOCALES) {
    const list = byLocale[lang];
    const other = byLocale[lang == 'en' ? 'ja' : 'en'];
    await write(`hc/${lang}/index.html`, hcHomePage(lang, list));
    await write(`hc/${lang}/search.html`, searchPage(lang));
    for (const s of SECTIONS) await write(`hc/${lang}/sections/${s.id}-${s.slug}.html`, sectionPage(lang, s, list));
    for (const a of list) {
      const slug = a.url.split('/').pop().replace(/^\d+-/, '');
      const counterpart = other.find((o) => o.url.endsWith('-' + slug));
      await write(`hc/${lang}/articles/${a.url.split('/').pop()}.html`, articlePage(a, list, counterpart));
    }
  }

  await write('kb-index.json', JSON.stringify(buildKbIndex(all), null, 2) + '\n');
  await write('kikubari.json', await readFile(join(HERE, 'kikubari.json')));

  const pages = 8 + PRODUCTS.length + LOCALES.length * (2 + SECTIONS.length) + all.length;
  console.log(`store: built ${pages} pages and ${all.length} articles (${LOCALES.map((l) => `${l}: ${byLocale[l].length}`).join(', ')}) into build/store in ${Date.now() - started} ms`);
}

build().catch((e) => {
  console.error('store: build failed: ' + (e && e.stack ? e.stack : e));
  process.exit(1);
});
