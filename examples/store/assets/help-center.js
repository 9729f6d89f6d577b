// Nagomi Help Center: client-side search over /kb-index.json, and "Was this article helpful?".
// Plain browser JavaScript, no dependencies. Loaded with `defer` on every help-center page.
(function () {
  'use strict';

  var lang = document.documentElement.lang == 'ja' ? 'ja' : 'en';
  var T = {
    en: {
      results: function (n, q) { return n + (n == 1 ? ' result' : ' results') + ' for “' + q + '”'; },
      none: function (q) { return 'No articles match “' + q + '”. Try fewer or different words, or contact us.'; },
      empty: 'Type a few words in the search box above.',
      failed: 'Search is unavailable right now. Browse the categories instead, or contact us.',
      votes: function (up, all) { return up + ' out of ' + all + ' found this helpful'; },
      home: 'Help Center',
    },
    ja: {
      results: function (n, q) { return '「' + q + '」の検索結果：' + n + '件'; },
      none: function (q) { return '「' + q + '」に一致する記事は見つかりませんでした。別のキーワードでお試しいただくか、お問い合わせください。'; },
      empty: '上の検索ボックスにキーワードを入力してください。',
      failed: '現在、検索をご利用いただけません。カテゴリから記事をお探しいただくか、お問い合わせください。',
      votes: function (up, all) { return all + '人中' + up + '人がこの記事が役に立ったと言っています'; },
      home: 'ヘルプセンター',
    },
  }[lang];

  // ── search ────────────────────────────────────────────────────────────────────────
  var CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

  /** Words (English: lower case, plural/-ing/-ed trimmed) and, for Japanese, 2-character grams. */
  function terms(query) {
    var out = [];
    query
      .toLowerCase()
      .split(/[\s、。,.!?！？「」（）()・:：;]+/)
      .filter(Boolean)
      .forEach(function (w) {
        if (CJK.test(w)) {
          out.push({ text: w, weight: 3 });
          for (var i = 0; i + 2 <= w.length && w.length > 2; i++) out.push({ text: w.slice(i, i + 2), weight: 0.5 });
        } else {
          var stem = w.length > 4 ? w.replace(/(ies|es|s|ing|ed)$/, '') : w;
          out.push({ text: stem.length > 2 ? stem : w, weight: 1 });
        }
      });
    return out;
  }

  function score(article, ts) {
    var title = article.title.toLowerCase();
    var tags = (article.tags || []).join(' ').toLowerCase();
    var body = (article.body || '').toLowerCase();
    var s = 0;
    var matched = 0;
    ts.forEach(function (t) {
      var hit = 0;
      if (title.indexOf(t.text) >= 0) hit += 6;
      if (tags.indexOf(t.text) >= 0) hit += 3;
      var n = body.split(t.text).length - 1;
      hit += Math.min(n, 5);
      if (hit) matched += t.weight;
      s += hit * t.weight;
    });
    var needed = ts.reduce(function (a, t) { return a + (t.weight >= 1 ? t.weight : 0); }, 0);
    // Every whole word should match somewhere, unless the grams found plenty.
    return matched >= needed * 0.6 || matched >= 3 ? s : 0;
  }

  /** A snippet around the first match, with matches in <mark> (built as DOM nodes, never HTML). */
  function snippet(body, ts) {
    var text = body.replace(/\s+/g, ' ');
    var lower = text.toLowerCase();
    var first = -1;
    ts.forEach(function (t) {
      var i = lower.indexOf(t.text);
      if (i >= 0 && (first < 0 || i < first) && t.weight >= 1) first = i;
    });
    var start = Math.max(0, first - 60);
    var piece = (start > 0 ? '…' : '') + text.slice(start, start + 220) + (text.length > start + 220 ? '…' : '');
    var p = document.createElement('p');
    var words = ts.filter(function (t) { return t.weight >= 1; }).map(function (t) { return t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    if (!words.length) {
      p.textContent = piece;
      return p;
    }
    var re = new RegExp('(' + words.join('|') + ')', 'gi');
    var last = 0;
    piece.replace(re, function (m, _g, at) {
      p.append(piece.slice(last, at));
      var mark = document.createElement('mark');
      mark.textContent = m;
      p.append(mark);
      last = at + m.length;
      return m;
    });
    p.append(piece.slice(last));
    return p;
  }

  function searchPage(root) {
    var query = (new URLSearchParams(location.search).get('query') || '').trim().slice(0, 200);
    var title = root.querySelector('[data-search-title]');
    var status = root.querySelector('[data-search-status]');
    var list = root.querySelector('[data-search-results]');
    document.querySelectorAll('.kb-search input[name="query"]').forEach(function (i) { i.value = query; });
    if (!query) {
      status.textContent = T.empty;
      return;
    }
    fetch('/kb-index.json')
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
      .then(function (articles) {
        var ts = terms(query);
        var hits = articles
          .filter(function (a) { return (a.locale || 'en') == lang; })
          .map(function (a) { return { a: a, s: score(a, ts) }; })
          .filter(function (x) { return x.s > 0; })
          .sort(function (x, y) { return y.s - x.s; })
          .slice(0, 20);
        title.textContent = T.results(hits.length, query);
        document.title = title.textContent + ' – Nagomi ' + T.home;
        status.textContent = hits.length ? '' : T.none(query);
        status.hidden = !!hits.length;
        hits.forEach(function (h) {
          var li = document.createElement('li');
          var crumb = document.createElement('p');
          crumb.className = 'crumb';
          crumb.textContent = 'Nagomi ' + T.home;
          var a = document.createElement('a');
          a.href = h.a.url;
          a.textContent = h.a.title;
          li.append(crumb, a, snippet(h.a.body || '', ts));
          list.append(li);
        });
      })
      .catch(function () {
        status.textContent = T.failed;
      });
  }

  // ── "Was this article helpful?" (kept on this device) ─────────────────────────────────
  function vote(root) {
    var id = document.querySelector('[data-article-id]').getAttribute('data-article-id');
    var count = root.querySelector('[data-vote-count]');
    var up = Number(count.getAttribute('data-up'));
    var all = Number(count.getAttribute('data-all'));
    var key = 'nagomi:votes';
    var votes = {};
    try {
      votes = JSON.parse(localStorage.getItem(key) || '{}') || {};
    } catch (e) {}
    function show(value, thank) {
      root.querySelectorAll('[data-vote-value]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-vote-value') == value));
      });
      if (value) count.textContent = T.votes(up + (value == 'up' ? 1 : 0), all + 1);
      root.querySelector('[data-vote-thanks]').hidden = !thank;
    }
    show(votes[id], false);
    root.querySelectorAll('[data-vote-value]').forEach(function (b) {
      b.addEventListener('click', function () {
        votes[id] = b.getAttribute('data-vote-value');
        try {
          localStorage.setItem(key, JSON.stringify(votes));
        } catch (e) {}
        show(votes[id], true);
      });
    });
  }

  var el;
  if ((el = document.querySelector('[data-search-page]'))) searchPage(el);
  if ((el = document.querySelector('[data-vote]'))) vote(el);
})();
