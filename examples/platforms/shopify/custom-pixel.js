// kikubari: record the order when a checkout completes. Shopify admin → Settings → Customer
// events → Add custom pixel; paste this file; Customer privacy → Permission: "Not required" or
// the category your banner uses for preferences; Connect.
//
// A custom pixel runs in Shopify's sandbox (an iframe of its own): it cannot see the page or call
// kikubari. What it can do is write the store's localStorage through `browser.localStorage`,
// which runs in the top frame — the checkout is on your store's domain, so this is the same
// localStorage the storefront reads. The theme snippet (kikubari.liquid) hands the order to
// kikubari on the next storefront page and removes it.
analytics.subscribe('checkout_completed', function (event) {
  var checkout = event.data.checkout;
  var id = (checkout.order && checkout.order.id) || checkout.token;
  var items = [];
  checkout.lineItems.forEach(function (line) {
    var variant = line.variant;
    if (!variant) return; // a tip or a custom line: nothing to help with
    var product = variant.product || {};
    items.push({
      // Variants without a SKU are common on Shopify: fall back to the variant id, and tag your
      // articles with whichever you use (products: ["AK-1-BLK"] or ["44012345678901"]).
      sku: variant.sku || String(variant.id),
      name: product.title || line.title,
      category: product.type || undefined,
      price: variant.price ? Number(variant.price.amount) : undefined,
      quantity: line.quantity
    });
  });
  if (!id || !items.length) return;
  browser.localStorage.setItem('kikubari:shopify-order', JSON.stringify({
    orderId: String(id).replace(/^gid:\/\/shopify\/Order\//, ''),
    purchasedAt: event.timestamp,
    currency: checkout.currencyCode,
    items: items
  }));
});
