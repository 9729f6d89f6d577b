// The order confirmation page (/checkout/confirmation?order=NG-123456).
//
// A real shop renders this page on the server with the order in it. This demo is static, so
// this script fills the page from the order that checkout saved in localStorage, and then
// records the purchase the ways a real shop would, all with the same orderId (kikubari stores
// an order once, whichever way it arrives first):
//
//   1. a <script type="application/json" data-kikubari-purchase> block with the order — what a
//      server-rendered confirmation page would contain; kikubari reads it on each page view;
//   2. a GA4 `purchase` event on window.dataLayer — what a shop with Google Tag Manager already
//      has; kikubari reads it (config `readDataLayer`, on by default);
//   3. kikubari('purchase', order) through the snippet's queue — because (1) is written by this
//      script, after the HTML was parsed, and may come after kikubari's first look at the page.
//
// For tests and links without a checkout: /checkout/confirmation?order=DEMO-1&items=AK-1:1,SZ-2:2
// builds the order from the catalog (sku:quantity pairs).
(function () {
  'use strict';

  var N = window.Nagomi;
  var FREE_SHIPPING_OVER = N.FREE_SHIPPING_OVER;
  var json = N.json;
  var money = N.money;
  var el = N.el;

  var catalog = json('catalog');
  var params = new URLSearchParams(location.search);
  var orderId = (params.get('order') || '').slice(0, 64);

  /** The order saved by checkout, or one built from `items=SKU:qty,…`. */
  function findOrder() {
    var saved = orderId && N.read(N.ORDERS_KEY, {})[orderId];
    if (saved && Array.isArray(saved.lines) && saved.lines.length) return saved;
    var items = params.get('items');
    if (!orderId || !items) return null;
    var lines = items
      .split(',')
      .map(function (pair) {
        var m = /^([\w-]+)(?::(\d+))?$/.exec(pair.trim());
        var p = m && catalog[m[1]];
        if (!p) return null;
        var colour = Object.keys(p.colours)[0];
        return { sku: p.sku, name: p.name, category: p.category, price: p.price, quantity: Math.max(1, Math.min(9, Number(m[2] || 1))), colour: colour, colourLabel: p.colours[colour].label, image: p.colours[colour].image };
      })
      .filter(Boolean);
    if (!lines.length) return null;
    var subtotal = lines.reduce(function (s, l) { return s + l.price * l.quantity; }, 0);
    var ship = subtotal >= FREE_SHIPPING_OVER ? 0 : 8;
    return { orderId: orderId, purchasedAt: new Date().toISOString(), currency: 'USD', lines: lines, subtotal: subtotal, shipping: { method: 'standard', cost: ship }, total: subtotal + ship };
  }

  /** One item per SKU, in kikubari's Order shape. */
  function itemsBySku(order) {
    var items = [];
    order.lines.forEach(function (l) {
      var same = items.find(function (i) { return i.sku == l.sku; });
      if (same) same.quantity += l.quantity;
      else items.push({ sku: l.sku, name: l.name, category: l.category, price: l.price, quantity: l.quantity });
    });
    return items;
  }

  function render(order) {
    var c = order.customer;
    document.querySelector('[data-order-number]').textContent = 'Order ' + order.orderId;
    document.querySelector('[data-thanks]').textContent = c && c.firstName ? 'Thank you, ' + c.firstName + '!' : 'Thank you for your order';
    document.querySelector('[data-confirm-lede]').textContent = c && c.email
      ? 'Your order is confirmed. We would email a receipt to ' + c.email + ' — but this is a demo, so nothing is sent or charged.'
      : 'Your order is confirmed. This is a demo, so nothing is charged or shipped.';

    var list = document.querySelector('[data-lines]');
    order.lines.forEach(function (l) {
      list.append(
        el('li', { class: 'line-item' }, [
          el('div', { class: 'thumb-wrap' }, [el('img', { src: l.image || '', alt: '', width: '600', height: '600' }), el('span', { class: 'badge', text: String(l.quantity) })]),
          el('div', {}, [el('h2', { text: l.name }), el('p', { text: l.colourLabel || '' })]),
          el('div', { class: 'line-total', text: money(l.price * l.quantity) }),
        ]),
      );
    });
    document.querySelector('[data-subtotal]').textContent = money(order.subtotal);
    document.querySelector('[data-shipping]').textContent = order.shipping.cost ? money(order.shipping.cost) : 'Free';
    document.querySelector('[data-total]').textContent = money(order.total);

    if (c) {
      document.querySelector('[data-ship-to]').textContent = [c.firstName + ' ' + c.lastName, c.address, c.city + ', ' + c.state + ' ' + c.zip].join('\n');
      document.querySelector('[data-delivery]').textContent =
        order.shipping.method == 'express' ? 'Express, 1–2 business days' : 'Standard, 3–5 business days';
      document.querySelector('[data-details]').hidden = false;
    }

    var help = json('help-links');
    var links = document.querySelector('[data-help-links]');
    itemsBySku(order).forEach(function (i) {
      (help[i.sku] || []).forEach(function (a) {
        links.append(el('li', {}, [el('a', { href: a.url, text: a.title })]));
      });
    });
    document.querySelector('[data-next]').hidden = !links.children.length;
  }

  /** (1) + (2) + (3): see the comment at the top. */
  function recordPurchase(order) {
    var purchase = {
      orderId: order.orderId,
      purchasedAt: order.purchasedAt,
      currency: order.currency,
      items: itemsBySku(order),
    };

    var block = document.createElement('script');
    block.type = 'application/json';
    block.setAttribute('data-kikubari-purchase', '');
    block.textContent = JSON.stringify(purchase);
    document.body.append(block);

    var dataLayer = (window.dataLayer = window.dataLayer || []);
    dataLayer.push({ ecommerce: null }); // GA4's advice: clear the previous ecommerce object first
    dataLayer.push({
      event: 'purchase',
      ecommerce: {
        transaction_id: order.orderId,
        currency: order.currency,
        value: order.subtotal,
        shipping: order.shipping.cost,
        tax: 0,
        items: purchase.items.map(function (i) {
          return { item_id: i.sku, item_name: i.name, item_category: i.category, price: i.price, quantity: i.quantity };
        }),
      },
    });

    if (typeof window.kikubari == 'function') window.kikubari('purchase', purchase);
  }

  var order = findOrder();
  if (!order) {
    document.querySelector('[data-thanks]').textContent = 'Order not found';
    document.querySelector('[data-order-number]').textContent = orderId ? 'Order ' + orderId : 'Order';
    document.querySelector('[data-confirm-lede]').hidden = true;
    document.querySelector('.confirm-check').hidden = true;
    document.querySelector('[data-missing]').hidden = false;
    document.querySelector('.confirmation .summary').hidden = true;
    return;
  }
  render(order);
  recordPurchase(order);
})();
