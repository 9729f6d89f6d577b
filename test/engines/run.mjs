#!/usr/bin/env node
// The core journeys (journeys.mjs) in Firefox and WebKit — and Chromium, on request — one browser
// session per engine. `npm test` runs it after the Chromium e2e:
//
//   node test/engines/run.mjs [firefox] [webkit] [chromium]     (default: firefox webkit)
//
// An engine that is not installed is installed from Debian's packages when running as root;
// otherwise it is skipped with the reason printed. Closing line: "engines: N passed, N failed, N skipped".
// ENGINES_PORT (default: any free port) serves the pages; WebKit uses WEBKIT_DRIVER_PORT (4445)
// and the X display WEBKIT_DISPLAY (99).
import { findChromium, findEngine } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './drivers.mjs';
import { JOURNEYS, PRIVATE_JOURNEY, visitor } from './journeys.mjs';

const JOURNEY_TIMEOUT_MS = 60_000;
const engines = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const only = process.argv.find((a) => a.startsWith('--grep='))?.slice(7);
const pages = new Map();
const server = await serve({ port: Number(process.env.ENGINES_PORT) || 0, quiet: true, pages });
const baseURL = `http://127.0.0.1:${server.address().port}`;
const tally = { passed: 0, failed: 0, skipped: 0 };

/** A blank page on the test origin: each journey starts from nothing stored. */
pages.set('/engines/blank', { body: '<!doctype html><title>blank</title>' });
const CLEAR = () =>
  new Promise((resolve) => {
    localStorage.clear();
    sessionStorage.clear();
    const req = indexedDB.deleteDatabase('kikubari');
    req.onsuccess = req.onerror = req.onblocked = () => resolve(true);
  });

/** What a failed journey's page looked like, for its report. */
const PAGE_STATE = () => {
  const host = document.querySelector('[data-kikubari]');
  const el = (host && host.shadowRoot && host.shadowRoot.activeElement) || document.activeElement;
  let now;
  try {
    now = window.kikubari('inspect');
  } catch (e) {
    now = String(e);
  }
  return {
    url: location.href,
    focused: el && el.outerHTML.slice(0, 80),
    errors: window.__errors,
    warnings: window.__warnings,
    engine: now && now.engine,
    storage: now && now.storage,
    purchases: now && now.purchases && now.purchases.length,
    shadow: host && host.shadowRoot ? host.shadowRoot.innerHTML.replace(/<style[^]*?<\/style>/g, '').slice(0, 300) : null,
  };
};

/** Does Enter on a focused button click it, as for a visitor? (Not in Firefox over BiDi.) */
async function enterClicks(tab) {
  await tab.goto('/engines/blank');
  await tab.run(() => {
    const b = document.createElement('button');
    b.onclick = () => (window.__hit = true);
    document.body.append(b);
    b.focus();
  });
  await tab.press('Enter');
  return !!(await tab.run(() => window.__hit));
}

async function runJourney(engine, name, journey, tab) {
  if (only && !journey.name.includes(only)) return;
  const notes = [];
  const site = {
    engine: name,
    enterClicks: (tab.enterClicks ??= await enterClicks(tab)),
    note: (text) => notes.push(text),
    serve: (path, body, headers = {}) => pages.set(path, { body, headers }),
    async open(path, body, headers = {}) {
      site.serve(path, body, headers);
      await tab.goto(path);
      return visitor(tab, site);
    },
  };
  const t = Date.now();
  let timer;
  try {
    await tab.goto('/engines/blank');
    await tab.run(CLEAR);
    await Promise.race([
      journey.run(site),
      new Promise((_, no) => (timer = setTimeout(() => no(new Error(`took over ${JOURNEY_TIMEOUT_MS / 1000} s`)), JOURNEY_TIMEOUT_MS))),
    ]);
    tally.passed++;
    console.log(`  ✔ ${name} › ${journey.name} (${((Date.now() - t) / 1000).toFixed(1)} s)${notes.map((n) => `\n      note: ${n}`).join('')}`);
  } catch (e) {
    tally.failed++;
    console.log(`  ✘ ${name} › ${journey.name} (${((Date.now() - t) / 1000).toFixed(1)} s)\n      ${String(e.stack || e).split('\n').slice(0, 6).join('\n      ')}`);
    console.log(`      the page then: ${JSON.stringify(await tab.run(PAGE_STATE).catch((e) => e.message))}`);
  } finally {
    clearTimeout(timer);
  }
}

for (const name of engines.length ? engines : ['firefox', 'webkit']) {
  const found = name == 'chromium' ? { paths: { chromium: findChromium({ install: true }) } } : findEngine(name, { install: true });
  if (found.skip) {
    tally.skipped += JOURNEYS.length + 1;
    console.log(`\n${name}: SKIPPED — ${found.skip}`);
    continue;
  }
  const t = Date.now();
  console.log(`\n${name}:`);
  let engine;
  try {
    engine = await launch(name, found.paths, { baseURL });
    const tab = await engine.tab();
    for (const journey of JOURNEYS) await runJourney(engine, name, journey, tab);
    // Private storage: WebKit's automation session keeps nothing after it; Firefox needs its own
    // private-browsing session.
    if (name == 'firefox') {
      const priv = await launch(name, found.paths, { baseURL, prefs: { 'browser.privatebrowsing.autostart': true } });
      try {
        await runJourney(priv, name, PRIVATE_JOURNEY, await priv.tab());
      } finally {
        await priv.close();
      }
    } else await runJourney(engine, name, PRIVATE_JOURNEY, tab);
  } catch (e) {
    tally.failed++;
    console.log(`  ✘ ${name}: the session failed: ${e.message}`);
  } finally {
    await engine?.close().catch(() => {});
  }
  console.log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
server.close();
console.log(`\nengines: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed ? 1 : 0);
