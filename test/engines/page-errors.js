// What the host page saw, for the engine journeys: uncaught errors and unhandled rejections
// (window.__errors) and kikubari's warnings (window.__warnings). An external file, so strict-CSP
// pages load it too.
window.__errors = [];
window.__warnings = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('unhandled: ' + ((e.reason && e.reason.message) || e.reason)); });
(function (warn) {
  console.warn = function (m) {
    if (String(m).indexOf('kikubari:') == 0) window.__warnings.push(String(m));
    return warn.apply(console, arguments);
  };
})(console.warn);
