// The preview page reads the playground's settings from its URL hash and hands them to kikubari
// through the snippet's queue, with an offer that shows at once (and nothing stored: consent pending).
// The page is one help article; the open chat searches for another (descaling), as a visitor's would.
(function () {
  var settings = {};
  try { settings = JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}'); } catch (e) {}
  var config = settings.config || {};
  var lang = config.locale || 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  // The preview reloads as the designer types in the playground beside it, and the panel it opens
  // takes focus, as a dialog does: that pulled focus out of the designer's field mid-word, and a key
  // pressed before the playground put it back went into the preview. A preview without the focus
  // (the designer is in the playground) does not take it; once they click or tab into it, it does.
  var focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (options) {
    if (document.hasFocus()) focus.call(this, options);
  };
  window.kikubari = window.kikubari || function () { (kikubari.q = kikubari.q || []).push(arguments); };
  kikubari('init', Object.assign({}, config, {
    articles: '/kb-index.json',
    consent: 'pending',
    defaultOffer: false,
    offers: [{ id: 'preview', when: {}, message: settings.message || 'Questions about your recent purchase?' }],
    etiquette: { quietStartSeconds: 0, perSession: 100, dailyCap: 100, dismissDays: 0 },
  }));
  if (settings.view === 'panel') kikubari('open', { query: 'descale' });
  window.addEventListener('hashchange', function () { location.reload(); });
})();
