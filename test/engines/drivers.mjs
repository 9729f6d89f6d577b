// One small engine-neutral driver, so the same journeys run in Firefox, WebKit and Chromium:
//
//   const engine = await launch('firefox', paths, { baseURL });   // paths from findEngine()
//   const tab = await engine.tab();          // the session's first window; later calls open new ones
//   await tab.goto('/hc/en');  await tab.run((a) => …, a);  await tab.until(() => …);
//   await tab.press('Shift+Tab');  await tab.move(x, y);  await tab.click(x, y);
//   await engine.close();
//
// Firefox (and Chromium) are driven by puppeteer-core — Firefox over WebDriver BiDi, no
// geckodriver. WebKit is WebKitGTK's MiniBrowser behind WebKitWebDriver (W3C WebDriver), driven by
// selenium-webdriver, under its own Xvfb. Input goes through the driver, so the page sees trusted
// events, as from a visitor. ARCHITECTURE.md says why these two clients.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../scripts/browser.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll `check` (run in the page) until it returns something truthy; errors while a page is being
 * replaced count as "not yet". Throws naming `what` after `timeout` ms.
 */
async function until(run, check, arg, { timeout = 5000, what = String(check) } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await run(check, arg);
      if (v) return v;
      last = v;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(25);
  }
}

// ── puppeteer-core: Firefox over WebDriver BiDi, Chromium over CDP ─────────────────────────────
async function launchPuppeteer(name, paths, { baseURL, prefs }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch(
    name == 'firefox'
      ? // focusmanager.testmode: the headless window counts as focused, so keys reach the page.
        { browser: 'firefox', executablePath: paths.firefox, headless: true, extraPrefsFirefox: { 'focusmanager.testmode': true, ...prefs }, defaultViewport: VIEWPORT }
      : { browser: 'chrome', executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS, defaultViewport: VIEWPORT },
  );
  let first = true;
  const tab = async () => {
    // A window, not a background tab: both stay visible, with timers running at full speed.
    const page = first ? (await browser.pages())[0] || (await browser.newPage()) : await browser.newPage({ type: 'window' });
    first = false;
    const run = (fn, ...args) => page.evaluate(fn, ...args);
    return {
      goto: (path) => page.goto(baseURL + path, { waitUntil: 'load' }),
      run,
      until: (check, arg, o) => until(run, check, arg, o),
      async press(key) {
        const [mod, k] = key.includes('+') ? key.split('+') : [undefined, key];
        if (mod) await page.keyboard.down(mod);
        await page.keyboard.press(k);
        if (mod) await page.keyboard.up(mod);
      },
      move: (x, y) => page.mouse.move(x, y),
      click: (x, y) => page.mouse.click(x, y),
      close: () => page.close(),
    };
  };
  return { name, tab, close: () => browser.close() };
}

// ── selenium-webdriver: WebKitGTK's MiniBrowser behind WebKitWebDriver, under Xvfb ─────────────
async function launchWebKit(paths, { baseURL, display = Number(process.env.WEBKIT_DISPLAY) || 99, port = Number(process.env.WEBKIT_DRIVER_PORT) || 4445 }) {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  const children = [];
  // Stopped and waited for: Xvfb removes its display socket as it exits.
  const stop = () =>
    Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((resolve) => (c.once('exit', resolve), c.kill()))));
  let driver;
  try {
    if (existsSync(`/tmp/.X11-unix/X${display}`)) throw new Error(`display :${display} is taken (set WEBKIT_DISPLAY)`);
    children.push(spawn(paths.xvfb, [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display}`); i++) await sleep(50);
    const env = { ...process.env, DISPLAY: `:${display}` };
    children.push(spawn(paths.driver, [`--port=${port}`], { stdio: 'ignore', env }));
    await until(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, null, null, { timeout: 10_000, what: 'WebKitWebDriver' });
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] } })
      .build();
    // No script timeout: WebKit times scripts with the page's own setTimeout, which the fake
    // clock moves (run.mjs bounds every journey instead).
    await driver.manage().setTimeouts({ script: null, pageLoad: 30_000 });
    await driver.manage().window().setRect(VIEWPORT);
  } catch (e) {
    await stop();
    throw e;
  }
  // One session, several windows: every call switches to its own window first, one call at a time.
  let queue = Promise.resolve();
  let current = await driver.getWindowHandle();
  const firstHandle = current;
  const serial = (handle, f) => {
    const r = queue.then(async () => {
      if (current != handle) await driver.switchTo().window((current = handle));
      return f();
    });
    queue = r.catch(() => {});
    return r;
  };
  const KEYS = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Shift: Key.SHIFT };
  let first = true;
  const tab = async () => {
    let handle = firstHandle;
    if (!first)
      handle = await serial(current, async () => {
        await driver.switchTo().newWindow('window');
        await driver.manage().window().setRect(VIEWPORT);
        return (current = await driver.getWindowHandle());
      });
    first = false;
    // Async script: a returned promise is awaited; an exception comes back as an error.
    const run = (fn, ...args) =>
      serial(handle, async () => {
        const r = await driver.executeAsyncScript(
          `var done = arguments[arguments.length - 1];
           try { Promise.resolve((${fn}).apply(null, arguments[0])).then(function (v) { done({ v: v === undefined ? null : v }) }, function (e) { done({ e: String(e && e.message || e) }) }) }
           catch (e) { done({ e: String(e && e.message || e) }) }`,
          args,
        );
        if (r && 'e' in r) throw new Error(r.e);
        return r && r.v;
      });
    return {
      goto: (path) => serial(handle, () => driver.get(baseURL + path)),
      run,
      until: (check, arg, o) => until(run, check, arg, o),
      press: (key) =>
        serial(handle, () => {
          const [mod, k] = key.includes('+') ? key.split('+') : [undefined, key];
          const a = driver.actions();
          return (mod ? a.keyDown(KEYS[mod]).sendKeys(KEYS[k]).keyUp(KEYS[mod]) : a.sendKeys(KEYS[k])).perform();
        }),
      move: (x, y) => serial(handle, () => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform()),
      click: (x, y) => serial(handle, () => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform()),
      close: () => serial(handle, () => driver.close()),
    };
  };
  return {
    name: 'webkit',
    tab,
    async close() {
      try {
        await driver.quit();
      } finally {
        await stop();
      }
    },
  };
}

/**
 * Start a browser session for `name` ('firefox' | 'webkit' | 'chromium'). `options.prefs`: Firefox
 * preferences (e.g. private browsing).
 */
export function launch(name, paths, options) {
  return name == 'webkit' ? launchWebKit(paths, options) : launchPuppeteer(name, paths, options);
}
