// A fake clock for engines without Playwright's `page.clock` (Firefox, WebKit under WebDriver).
// Loaded as the page's first script (an external file, so strict-CSP pages can load it too).
//
// Time flows as usual, so short timers (IndexedDB, chunk loading, search slices) run by
// themselves; `__clock.runFor(ms)` moves time forward at once, firing every timer that falls due
// on the way, in order, each with the clock reading its own due time — as `page.clock.runFor`
// does. Date starts at Thursday 2026-11-19 10:00 local time, like the Chromium tests' T0.
(function () {
  var realNow = performance.now.bind(performance);
  var realSet = window.setTimeout.bind(window);
  var realClear = window.clearTimeout.bind(window);
  var RealDate = Date;
  var T0 = new RealDate(2026, 10, 19, 10, 0, 0).getTime();
  var dateAt0 = T0 - realNow(); // Date.now() - performance.now(), fixed
  var jumped = 0;
  var now = function () { return realNow() + jumped; };
  var timers = new Map();
  var seq = 0;

  var arm = function (id, t) {
    t.handle = realSet(function () { if (timers.delete(id)) t.fn.apply(window, t.args); }, Math.max(0, t.due - now()));
  };
  window.setTimeout = function (fn, ms) {
    if (typeof fn != 'function') return realSet.apply(window, arguments);
    var id = ++seq + 1e6; // never one of the real timers' ids
    var t = { fn: fn, args: [].slice.call(arguments, 2), due: now() + (Number(ms) || 0) };
    timers.set(id, t);
    arm(id, t);
    return id;
  };
  window.clearTimeout = function (id) {
    var t = timers.get(id);
    if (!t) return realClear(id);
    realClear(t.handle);
    timers.delete(id);
  };
  Object.defineProperty(performance, 'now', { configurable: true, value: now });

  function FakeDate() {
    if (!new.target) return new RealDate(dateAt0 + now()).toString();
    return arguments.length ? new (Function.prototype.bind.apply(RealDate, [null].concat([].slice.call(arguments))))() : new RealDate(dateAt0 + now());
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = function () { return Math.floor(dateAt0 + now()); };
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  window.Date = FakeDate;

  var settle = function () { return new Promise(function (r) { realSet(r, 0); }); };
  window.__clock = {
    /** Move time `ms` forward, firing the timers that fall due on the way (each at its own time). */
    runFor: async function (ms) {
      var target = now() + ms;
      for (;;) {
        var next = undefined;
        timers.forEach(function (t, id) { if (t.due <= target && (!next || t.due < next[1].due)) next = [id, t]; });
        if (!next) break;
        jumped += Math.max(0, next[1].due - now());
        realClear(next[1].handle);
        timers.delete(next[0]);
        next[1].fn.apply(window, next[1].args);
        await settle(); // what the timer started (promises, IndexedDB) runs before the next one
      }
      jumped += Math.max(0, target - now());
      timers.forEach(function (t, id) { realClear(t.handle); arm(id, t); });
      await settle();
    },
  };
})();
