// Nagomi demo store: what the shop's scripts share (store.js, confirmation.js). Loaded first,
// with `defer`, so it runs before them; plain browser JavaScript, no dependencies.
(function () {
  'use strict';

  /** JSON embedded in the page: <script type="application/json" id="…">. */
  function json(id) {
    var el = document.getElementById(id);
    try {
      return el ? JSON.parse(el.textContent) : {};
    } catch (e) {
      return {};
    }
  }

  function read(key, fallback) {
    try {
      var v = JSON.parse(localStorage.getItem(key) || 'null');
      return v == null ? fallback : v;
    } catch (e) {
      return fallback;
    }
  }

  function money(n) {
    return '$' + (Math.round(n * 100) % 100 ? n.toFixed(2) : String(Math.round(n)));
  }

  /** An element with text and attributes (never HTML from data). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k == 'text') node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) node.append(c); });
    return node;
  }

  window.Nagomi = { ORDERS_KEY: 'nagomi:orders', FREE_SHIPPING_OVER: 60, json: json, read: read, money: money, el: el };
})();
