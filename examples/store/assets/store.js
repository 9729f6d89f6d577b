// Nagomi demo store: cart (localStorage), product page, cart page, checkout, contact form.
// Plain browser JavaScript, no dependencies. Loaded with `defer` on every shop page.
(function () {
  'use strict';

  var CART_KEY = 'nagomi:cart';
  var N = window.Nagomi;
  var ORDERS_KEY = N.ORDERS_KEY;
  var FREE_SHIPPING_OVER = N.FREE_SHIPPING_OVER;
  var read = N.read;
  var money = N.money;
  var el = N.el;
  var SHIPPING = { standard: 8, express: 18 };

  // ── storage ───────────────────────────────────────────────────────────────────────
  function save(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* private mode or full: the cart just won't survive a reload */
    }
  }

  /** @returns {{ sku: string, colour: string, quantity: number }[]} */
  function cart() {
    var c = read(CART_KEY, []);
    return Array.isArray(c) ? c.filter(function (l) { return l && typeof l.sku == 'string' && l.quantity > 0; }) : [];
  }
  function setCart(lines) {
    save(CART_KEY, lines);
    updateCount();
  }
  function addToCart(sku, colour, quantity) {
    var lines = cart();
    var line = lines.find(function (l) { return l.sku == sku && l.colour == colour; });
    if (line) line.quantity = Math.min(9, line.quantity + quantity);
    else lines.push({ sku: sku, colour: colour, quantity: quantity });
    setCart(lines);
  }

  function catalog() {
    return N.json('catalog');
  }

  function updateCount() {
    var n = cart().reduce(function (s, l) { return s + l.quantity; }, 0);
    document.querySelectorAll('[data-cart-count]').forEach(function (c) {
      c.textContent = String(n);
      c.classList.toggle('has-items', n > 0);
      c.setAttribute('aria-label', n == 1 ? '1 item in cart' : n + ' items in cart');
    });
  }

  // ── product page ──────────────────────────────────────────────────────────────────
  function productPage(form) {
    var main = document.querySelector('[data-gallery-main]');
    var label = form.querySelector('[data-colour-label]');
    var thumbs = document.querySelectorAll('.thumb[data-colour]');
    var qty = form.querySelector('input[name="quantity"]');
    var added = form.querySelector('[data-added]');
    var productName = document.querySelector('h1').textContent;

    function choose(id) {
      var radio = form.querySelector('input[name="colour"][value="' + id + '"]');
      if (!radio) return;
      radio.checked = true;
      main.src = radio.getAttribute('data-image');
      main.alt = productName + ' in ' + radio.getAttribute('data-label');
      label.textContent = radio.getAttribute('data-label');
      thumbs.forEach(function (t) { t.setAttribute('aria-pressed', String(t.getAttribute('data-colour') == id)); });
    }
    form.addEventListener('change', function (e) {
      if (e.target.name == 'colour') choose(e.target.value);
    });
    thumbs.forEach(function (t) {
      t.addEventListener('click', function () { choose(t.getAttribute('data-colour')); });
    });
    form.querySelectorAll('[data-step]').forEach(function (b) {
      b.addEventListener('click', function () {
        qty.value = String(Math.max(1, Math.min(9, (parseInt(qty.value, 10) || 1) + Number(b.getAttribute('data-step')))));
      });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var colour = form.querySelector('input[name="colour"]:checked');
      var n = Math.max(1, Math.min(9, parseInt(qty.value, 10) || 1));
      addToCart(form.elements.sku.value, colour.value, n);
      added.replaceChildren(
        el('img', { src: colour.getAttribute('data-image'), alt: '' }),
        el('p', { text: 'Added to your cart' + (n > 1 ? ' (' + n + ')' : '') }),
        el('span', { class: 'added-links' }, [
          el('a', { class: 'btn btn-small btn-outline', href: '/cart', text: 'View cart' }),
          el('a', { class: 'btn btn-small', href: '/checkout', text: 'Check out' }),
        ]),
      );
      added.hidden = false;
    });
  }

  // ── line items (cart, checkout) ─────────────────────────────────────────────────────
  function lineView(line, product, opts) {
    var colour = product.colours[line.colour] || product.colours[Object.keys(product.colours)[0]];
    var image = el('img', { src: colour.image, alt: '', width: '600', height: '600' });
    var info = el('div', {}, [
      el('h2', {}, [el('a', { href: product.url, text: product.name })]),
      el('p', { text: colour.label + (opts.compact ? '' : ' · ' + money(product.price)) }),
    ]);
    if (!opts.compact) {
      var q = el('input', { type: 'number', min: '1', max: '9', value: String(line.quantity), 'aria-label': 'Quantity of ' + product.name, inputmode: 'numeric' });
      var minus = el('button', { type: 'button', 'aria-label': 'One fewer', text: '−' });
      var plus = el('button', { type: 'button', 'aria-label': 'One more', text: '+' });
      var remove = el('button', { type: 'button', class: 'link-button', text: 'Remove' });
      var set = function (n) { opts.onQuantity(Math.max(0, Math.min(9, n))); };
      minus.addEventListener('click', function () { set(line.quantity - 1); });
      plus.addEventListener('click', function () { set(line.quantity + 1); });
      q.addEventListener('change', function () { set(parseInt(q.value, 10) || 0); });
      remove.addEventListener('click', function () { set(0); });
      info.append(el('div', { class: 'line-actions' }, [el('div', { class: 'qty' }, [minus, q, plus]), remove]));
    }
    var thumb = opts.compact ? el('div', { class: 'thumb-wrap' }, [image, el('span', { class: 'badge', text: String(line.quantity) })]) : image;
    return el('li', { class: 'line-item' }, [thumb, info, el('div', { class: 'line-total', text: money(product.price * line.quantity) })]);
  }

  function priced(lines, products) {
    return lines.filter(function (l) { return products[l.sku]; });
  }
  function subtotalOf(lines, products) {
    return lines.reduce(function (s, l) { return s + products[l.sku].price * l.quantity; }, 0);
  }
  function shippingFor(method, subtotal) {
    return method == 'standard' && subtotal >= FREE_SHIPPING_OVER ? 0 : SHIPPING[method] || SHIPPING.standard;
  }

  function cartPage(root) {
    var products = catalog();
    function render() {
      var lines = priced(cart(), products);
      var list = root.querySelector('[data-lines]');
      list.replaceChildren.apply(
        list,
        lines.map(function (line) {
          return lineView(line, products[line.sku], {
            onQuantity: function (n) {
              var all = cart();
              var target = all.find(function (l) { return l.sku == line.sku && l.colour == line.colour; });
              if (target) target.quantity = n;
              setCart(all.filter(function (l) { return l.quantity > 0; }));
              render();
            },
          });
        }),
      );
      var sub = subtotalOf(lines, products);
      root.querySelector('[data-empty]').hidden = lines.length > 0;
      root.querySelector('[data-summary]').hidden = lines.length == 0;
      root.querySelector('[data-subtotal]').textContent = money(sub);
      root.querySelector('[data-shipping]').textContent = sub >= FREE_SHIPPING_OVER ? 'Free' : money(SHIPPING.standard);
      root.querySelector('[data-free-ship]').textContent =
        sub >= FREE_SHIPPING_OVER ? 'You get free standard shipping.' : 'Add ' + money(FREE_SHIPPING_OVER - sub) + ' more for free shipping.';
    }
    render();
  }

  // ── checkout ──────────────────────────────────────────────────────────────────────
  var DEMO = {
    email: 'aiko.tanaka@example.com', firstName: 'Aiko', lastName: 'Tanaka', address: '1420 NW Lovejoy St', address2: 'Apt 512',
    city: 'Portland', state: 'OR', zip: '97209', phone: '(503) 555-0199', cardNumber: '4242 4242 4242 4242', cardExpiry: '12 / 28', cardCvc: '123',
  };

  function checkoutPage(root) {
    var products = catalog();
    var form = root.querySelector('[data-checkout-form]');
    var error = form.querySelector('[data-form-error]');
    var method = function () { return form.querySelector('input[name="shipping"]:checked').value; };

    function render() {
      var lines = priced(cart(), products);
      var list = root.querySelector('.summary [data-lines]');
      list.replaceChildren.apply(list, lines.map(function (l) { return lineView(l, products[l.sku], { compact: true }); }));
      root.querySelector('.summary [data-empty]').hidden = lines.length > 0;
      var sub = subtotalOf(lines, products);
      var ship = shippingFor(method(), sub);
      root.querySelector('[data-subtotal]').textContent = money(sub);
      root.querySelector('[data-shipping]').textContent = ship ? money(ship) : 'Free';
      root.querySelector('[data-total]').textContent = money(sub + ship);
      root.querySelector('[data-ship-standard]').textContent = sub >= FREE_SHIPPING_OVER ? 'Free' : money(SHIPPING.standard);
      return { lines: lines, subtotal: sub, shipping: ship };
    }
    render();
    form.addEventListener('change', function (e) {
      if (e.target.name == 'shipping') render();
      if (e.target.getAttribute('aria-invalid')) e.target.removeAttribute('aria-invalid');
    });
    root.querySelector('[data-demo-fill]').addEventListener('click', function () {
      Object.keys(DEMO).forEach(function (k) {
        if (form.elements[k]) {
          form.elements[k].value = DEMO[k];
          form.elements[k].removeAttribute('aria-invalid');
        }
      });
      error.hidden = true;
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var totals = render();
      if (!totals.lines.length) {
        error.textContent = 'Your cart is empty — add something from the shop first.';
        error.hidden = false;
        return;
      }
      var invalid = Array.prototype.filter.call(form.querySelectorAll('[required]'), function (f) {
        var bad = !f.value.trim() || (f.type == 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(f.value));
        if (bad) f.setAttribute('aria-invalid', 'true');
        else f.removeAttribute('aria-invalid');
        return bad;
      });
      if (invalid.length) {
        error.textContent = 'Please fill in the highlighted fields (or use “Fill in demo details”).';
        error.hidden = false;
        invalid[0].focus();
        return;
      }
      var f = form.elements;
      var order = {
        orderId: 'NG-' + String(100000 + Math.floor(Math.random() * 900000)),
        purchasedAt: new Date().toISOString(),
        currency: 'USD',
        lines: totals.lines.map(function (l) {
          var p = products[l.sku];
          var c = p.colours[l.colour] || {};
          return { sku: p.sku, name: p.name, category: p.category, price: p.price, quantity: l.quantity, colour: l.colour, colourLabel: c.label, image: c.image };
        }),
        subtotal: totals.subtotal,
        shipping: { method: method(), cost: totals.shipping },
        total: totals.subtotal + totals.shipping,
        customer: {
          firstName: f.firstName.value.trim(), lastName: f.lastName.value.trim(), email: f.email.value.trim(),
          address: [f.address.value, f.address2.value].filter(Boolean).join(', ').trim(),
          city: f.city.value.trim(), state: f.state.value, zip: f.zip.value.trim(),
        },
      };
      var orders = read(ORDERS_KEY, {});
      orders[order.orderId] = order;
      // Keep the ten newest orders on this device.
      var ids = Object.keys(orders).sort(function (a, b) { return String(orders[b].purchasedAt).localeCompare(String(orders[a].purchasedAt)); });
      ids.slice(10).forEach(function (id) { delete orders[id]; });
      save(ORDERS_KEY, orders);
      setCart([]);
      form.querySelector('[data-place-order]').disabled = true;
      location.assign('/checkout/confirmation?order=' + encodeURIComponent(order.orderId));
    });
  }

  // ── contact form: kikubari's "talk to a person" hand-off opens /contact?subject=…&message=… ──
  function contactPage(form) {
    var params = new URLSearchParams(location.search);
    var subject = params.get('subject');
    var message = params.get('message');
    if (subject) form.elements.subject.value = subject.slice(0, 200);
    if (message) form.elements.message.value = message.slice(0, 5000);
    var order = message && /\b(NG-\d{6})\b/.exec(message);
    if (order) form.elements.order.value = order[1];
    if (subject || message) form.querySelector('[data-prefilled]').hidden = false;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      form.querySelector('[data-sent]').hidden = false;
      form.querySelector('button[type="submit"]').disabled = true;
    });
  }

  function newsletter(form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      form.querySelector('.newsletter-done').hidden = false;
      form.reset();
    });
  }

  updateCount();
  // Another tab changed the cart.
  addEventListener('storage', function (e) {
    if (e.key == CART_KEY) updateCount();
  });
  var f;
  if ((f = document.querySelector('[data-add-to-cart]'))) productPage(f);
  if ((f = document.querySelector('[data-cart]'))) cartPage(f);
  if ((f = document.querySelector('[data-checkout]'))) checkoutPage(f);
  if ((f = document.querySelector('[data-contact-form]'))) contactPage(f);
  document.querySelectorAll('[data-newsletter]').forEach(newsletter);
})();
