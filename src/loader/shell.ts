import type { Theme } from '../types';

/** Launcher icons (24×24 paths): a speech bubble, a question mark, a sparkle. */
const ICONS = {
  chat: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2z',
  help: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2zm2.07-7.75-.9.92A3.4 3.4 0 0 0 13 15h-2v-.5a4 4 0 0 1 1.17-2.83l1.24-1.26A2 2 0 1 0 10 9H8a4 4 0 1 1 8 0 3.2 3.2 0 0 1-.93 2.25z',
  spark: 'M12 2l2.4 7.2L22 12l-7.6 2.8L12 22l-2.4-7.2L2 12l7.6-2.8z',
};

/**
 * The host element's own rules. `!important` inside a shadow root beats the page's own
 * `!important` rules on the host (the cascade favours the inner context for important
 * declarations), so `* { display: none !important }` on the host page cannot hide or restyle us.
 * `all: initial` stops inherited fonts and colours at the boundary. Sizes are px, never rem:
 * rem follows the host page's `html { font-size }`.
 */
export const SHELL_CSS =
  ':host{all:initial!important;display:block!important;position:fixed!important;inset:auto!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;z-index:var(--kikubari-z,2147483000)!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;contain:none!important;overflow:visible!important}' +
  '.launcher{all:initial;position:fixed;bottom:var(--kikubari-offset-y,20px);right:var(--kikubari-offset-x,20px);width:56px;height:56px;border-radius:50%;background:var(--kikubari-accent,#1d5fd1);color:var(--kikubari-on-accent,#fff);box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center;cursor:pointer;box-sizing:border-box}' +
  ':host([data-position=bottom-left]) .launcher{right:auto;left:var(--kikubari-offset-x,20px)}' +
  '.launcher:focus-visible{outline:3px solid var(--kikubari-focus,#f5a623);outline-offset:3px}' +
  '.launcher svg{width:28px;height:28px;fill:currentColor}';

export interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  launcher?: HTMLButtonElement;
  remove(): void;
}

/** Give a shadow root a stylesheet: constructable where supported, else a `<style>` element. */
export function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

/** Theme settings as custom properties and attributes on the host element. */
function applyTheme(host: HTMLElement, theme: Theme) {
  const vars: Record<string, string | number | undefined> = {
    '--kikubari-accent': theme.accent,
    '--kikubari-radius': theme.radius,
    '--kikubari-font': theme.font,
    '--kikubari-offset-x': theme.offsetX,
    '--kikubari-offset-y': theme.offsetY,
    '--kikubari-z': theme.zIndex,
    ...theme.vars,
  };
  for (const k in vars) if (vars[k] !== undefined) host.style.setProperty(k, String(vars[k]));
  host.setAttribute('data-theme', theme.preset || 'auto');
  host.setAttribute('data-position', theme.position || 'bottom-right');
  host.setAttribute('data-density', theme.density || 'comfortable');
}

/**
 * `<div data-kikubari>` on `document.body` with an open shadow root and, unless turned off,
 * the launcher button. This is all the always-loaded script ever draws; the widget chunk
 * renders the rest into the same root when it is needed.
 */
export function createShell(doc: Document, theme: Theme, label: string | undefined, onLaunch: () => void): Shell {
  const host = doc.createElement('div');
  host.setAttribute('data-kikubari', '');
  applyTheme(host, theme);
  const root = host.attachShadow({ mode: 'open' });
  adoptCss(root, SHELL_CSS);
  let launcher: HTMLButtonElement | undefined;
  if (label !== undefined) {
    launcher = doc.createElement('button');
    launcher.className = 'launcher';
    launcher.type = 'button';
    launcher.setAttribute('part', 'launcher');
    launcher.setAttribute('aria-label', label);
    launcher.setAttribute('aria-haspopup', 'dialog');
    launcher.setAttribute('aria-expanded', 'false');
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICONS[theme.launcherIcon || 'chat']);
    svg.append(path);
    launcher.append(svg);
    launcher.addEventListener('click', onLaunch);
    root.append(launcher);
  }
  doc.body.append(host);
  return { host, root, launcher, remove: () => host.remove() };
}
