// kikubari as a front-end developer uses it: installed from npm, imported, bundled.
// Every event the instance emits is written to the log on the page.
import { createKikubari } from 'kikubari';
import { articles } from './articles.js';

const $ = (selector) => document.querySelector(selector);
const log = $('#log');

/** Append one line to the event log (text only: event payloads are never treated as HTML). */
function write(kind, detail) {
  const li = document.createElement('li');
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString();
  const name = document.createElement('strong');
  name.textContent = kind;
  const pre = document.createElement('code');
  pre.textContent = detail === undefined ? '' : typeof detail == 'string' ? detail : JSON.stringify(detail);
  li.append(time, name, pre);
  log.prepend(li);
}

const locale = new URLSearchParams(location.search).get('locale') === 'ja' ? 'ja' : 'en';

let k;
try {
  k = createKikubari({
    articles,
    locale,
    debug: new URLSearchParams(location.search).has('debug'),
    offers: [
      {
        // Fires on this page (type "other") once you have bought something and then sit still.
        id: 'npm-demo-after-purchase',
        when: { purchasedWithinDays: 30, engagedSeconds: 5, idleSeconds: 8 },
        message: {
          en: 'Need a hand with[ your {product}| your recent order]?',
          ja: 'ご購入いただいた[{product}|商品]について、お手伝いしましょうか？',
        },
        topics: ['setup', 'descaling'],
        priority: 2,
      },
      {
        // The stuck score rolls idle-after-reading, help pages, searches and rage clicks into one number.
        id: 'npm-demo-stuck',
        when: { score: 0.7 },
        message: { en: 'Looks like you are stuck — can we help?', ja: 'お困りですか？お手伝いします。' },
        topics: ['troubleshooting'],
        priority: 1,
      },
    ],
    handoff: {
      type: 'callback',
      onHandoff(card) {
        // A real app would open its live-chat vendor here with the card as the first message.
        write('onHandoff (callback)', card.text || card);
      },
    },
  });
} catch (e) {
  // KikubariConfigError names the bad field, e.g. "config.offers[0].when.idleSeconds must be …".
  write('error', String(e && e.message));
  throw e;
}

for (const event of ['offer:shown', 'offer:accepted', 'offer:dismissed', 'offer:held-out', 'article:opened', 'article:voted', 'handoff', 'chat:opened', 'chat:closed', 'error']) {
  k.on(event, (detail) => write(event, detail));
}
write('ready', `createKikubari({ locale: '${locale}', … }) — the widget chunk loads only when needed`);

const inspectOut = $('#inspect');
const show = (value) => {
  inspectOut.textContent = JSON.stringify(value, null, 2);
};

$('#purchase').addEventListener('click', async () => {
  const order = {
    orderId: 'NPM-' + Date.now().toString(36).toUpperCase(),
    purchasedAt: new Date().toISOString(),
    currency: 'USD',
    items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles', price: 79, quantity: 1 }],
  };
  try {
    await k.purchase(order);
    write('purchase()', order);
  } catch (e) {
    write('error', String(e && e.message));
  }
});

$('#open').addEventListener('click', () => {
  k.open({ query: $('#query').value || undefined }).then(
    () => write('open()', { query: $('#query').value }),
    (e) => write('error', String(e && e.message)),
  );
});

$('#inspect-btn').addEventListener('click', () => {
  const now = k.inspect();
  show(now);
  write('inspect()', `page type ${now.page.type}, ${now.purchases.length} purchase(s), idle ${Math.round(now.page.idleMs / 1000)} s`);
});

$('#context').addEventListener('click', async () => {
  try {
    const card = await k.context();
    show(card);
    write('context()', `${card.purchases.length} purchase(s), ${card.recentPages.length} recent page(s)`);
  } catch (e) {
    write('error', String(e && e.message));
  }
});

$('#forget').addEventListener('click', async () => {
  try {
    await k.forget();
    show(k.inspect());
    write('forget()', 'everything kikubari stored on this device was erased');
  } catch (e) {
    write('error', String(e && e.message));
  }
});

$('#clear').addEventListener('click', () => log.replaceChildren());
