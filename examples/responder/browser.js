// The browser side: paste into the page before kikubari.js (script tag), or pass `responder` to
// createKikubari (npm). It posts to your own origin; the API key is only on the server.
kikubari('init', {
  articles: '/kb-index.json',
  responder: async (message, { matches, purchases, page, locale }) => {
    const res = await fetch('/api/kikubari/responder', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message, matches, purchases, page, locale }),
    });
    // Any failure (an error, 15 s without an answer) shows "Sorry, I couldn't answer that just now." and a person.
    if (!res.ok) throw new Error('responder: HTTP ' + res.status);
    return res.json(); // { text, sources: ['3002'] } — the sources become links under the answer
  },
});
