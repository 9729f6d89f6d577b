// The page every browser benchmark runs on: a long help-center article (a few thousand words,
// image boxes, a sticky header and a sticky table of contents), the same every run.

/** A long help-center article, the same every run (a seeded word generator). */
export function helpArticle(extraHead = '', extraBody = '') {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const WORDS = ('kettle descale water limescale filter lid hinge base element boil temperature setting button light ' +
    'cleaning vinegar citric acid rinse minutes cool unplug spout handle seal gasket warranty model guide step ' +
    'display hold press release reset indicator buildup hard soft area taste residue cloth sponge dry fill mark ' +
    'maximum minimum cup litre safety switch automatic off plate cord socket replace order part support team the a ' +
    'of to and in is it you your for with on that this be can if not when after before until then each').split(' ');
  const sentence = () => {
    const n = 8 + Math.floor(rnd() * 14);
    const w = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    return w[0][0].toUpperCase() + w.join(' ').slice(1) + '.';
  };
  const para = () => `<p>${Array.from({ length: 3 + Math.floor(rnd() * 3) }, sentence).join(' ')}</p>`;
  const TITLES = ['Before you start', 'What you need', 'How often to descale', 'Descale with citric acid', 'Descale with vinegar',
    'Clean the filter', 'Clean the lid and seal', 'Clean the outside', 'Rinse and test', 'Hard-water areas',
    'If the light keeps flashing', 'If the lid will not close', 'Still not working?'];
  const sections = TITLES.map((t, i) => `
    <section id="s${i}">
      <h2>${t}</h2>
      ${para()}${para()}
      <figure><div class="img" style="--h:${(i * 47) % 360}"></div><figcaption>Figure ${i + 1}. ${sentence()}</figcaption></figure>
      ${para()}
      <ol>${Array.from({ length: 4 }, () => `<li>${sentence()}</li>`).join('')}</ol>
      ${i % 3 == 0 ? `<aside class="note"><strong>Note</strong> ${sentence()} ${sentence()}</aside>` : ''}
      ${para()}${i % 2 ? para() : ''}
    </section>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Descaling and cleaning your Aero Kettle – Nagomi Help Center</title>
<style>
  * { box-sizing: border-box }
  body { margin: 0; font: 17px/1.6 system-ui, sans-serif; color: #1d2329; background: #fff }
  header { position: sticky; top: 0; z-index: 10; display: flex; gap: 24px; align-items: center; padding: 12px 32px;
           background: rgba(255,255,255,.96); box-shadow: 0 1px 6px rgba(0,0,0,.12) }
  header .logo { width: 120px; height: 28px; border-radius: 6px; background: linear-gradient(90deg, #2d6a4f, #95d5b2) }
  header nav a { margin-right: 16px; color: #2d6a4f; text-decoration: none }
  header input { margin-left: auto; width: 260px; padding: 8px 12px; border: 1px solid #ccd; border-radius: 20px }
  .crumbs { max-width: 1100px; margin: 16px auto 0; padding: 0 32px; font-size: 14px; color: #667 }
  .wrap { display: grid; grid-template-columns: 240px 1fr; gap: 48px; max-width: 1100px; margin: 0 auto; padding: 24px 32px 80px }
  .toc { position: sticky; top: 80px; align-self: start; font-size: 14px }
  .toc a { display: block; padding: 4px 0; color: #445; text-decoration: none }
  .toc a:hover { color: #2d6a4f; text-decoration: underline }
  article h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px }
  article h2 { margin-top: 40px }
  .meta { color: #667; font-size: 14px }
  figure { margin: 24px 0 }
  .img { aspect-ratio: 16 / 9; border-radius: 8px;
         background: radial-gradient(circle at 30% 35%, hsl(var(--h) 60% 80%), transparent 45%),
                     linear-gradient(135deg, hsl(var(--h) 45% 55%), hsl(calc(var(--h) + 60) 45% 35%)) }
  figcaption { font-size: 14px; color: #667; margin-top: 6px }
  .note { border-left: 4px solid #2d6a4f; background: #f1f8f4; padding: 12px 16px; border-radius: 0 6px 6px 0 }
  a.btn:hover, li:hover { background: #f6f8fa }
  footer { border-top: 1px solid #dde; padding: 32px; color: #667; font-size: 14px }
</style>${extraHead}</head>
<body>
<header><div class="logo"></div><nav><a href="#">Kettles</a><a href="#">Orders</a><a href="#">Returns</a><a href="#">Contact</a></nav>
  <input type="search" placeholder="Search help articles" aria-label="Search"></header>
<div class="crumbs">Help Center › Kettles › Care</div>
<div class="wrap">
  <nav class="toc">${TITLES.map((t, i) => `<a href="#s${i}">${t}</a>`).join('')}</nav>
  <article>
    <h1>Descaling and cleaning your Aero Kettle</h1>
    <div class="meta">Updated 3 days ago · 9 min read</div>
    ${para()}${sections}
    <h2>Was this article helpful?</h2><p><a class="btn" href="#">Yes</a> <a class="btn" href="#">No</a></p>
    <h2>Related articles</h2><ul>${Array.from({ length: 6 }, () => `<li><a href="#">${sentence()}</a></li>`).join('')}</ul>
  </article>
</div>
<footer>© Nagomi Kitchen · Privacy · Terms</footer>
${extraBody}
</body></html>`;
}
