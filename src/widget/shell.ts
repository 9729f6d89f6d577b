import { adoptCss } from '../lib/adoptCss';
import type { Shell } from '../seams';
import type { Theme } from '../types';

/** Launcher icons, 24×24 paths: a speech bubble, a question mark in a circle, a sparkle. */
const ICONS = {
  chat: 'M4 3h16a2 2 0 012 2v11a2 2 0 01-2 2H9l-5 4v-4a2 2 0 01-2-2V5a2 2 0 012-2z',
  help: 'M12 2a10 10 0 100 20 10 10 0 000-20zm-1 15h2v2h-2zm0-3c0-3 3-3 3-5a2 2 0 00-4 0H8a4 4 0 018 0c0 3-3 3-3 5z',
  spark: 'M12 2l2.4 7.6L22 12l-7.6 2.4L12 22l-2.4-7.6L2 12l7.6-2.4z',
};

/**
 * The host element's rules. `!important` inside a shadow root beats the page's own
 * `!important` rules on the host (for important declarations the cascade favours the inner
 * context), so `div { display: none !important }` on the page cannot hide or restyle us; and
 * `all: initial` stops inherited fonts and colours at the boundary (custom properties still
 * pass, which is how designers theme us). Sizes are px: rem follows the page's root font size.
 */
const CSS =
  ':host{all:initial!important;display:block!important;position:fixed!important;z-index:var(--kikubari-z,2147483000)!important}' +
  '.launcher{all:initial;position:fixed;bottom:var(--kikubari-offset-y,20px);right:var(--kikubari-offset-x,20px);width:56px;height:56px;border-radius:var(--kikubari-radius,50%);background:var(--kikubari-accent,#1d5fd1);color:var(--kikubari-on-accent,#fff);box-shadow:0 4px 14px #0004;display:flex;align-items:center;justify-content:center;cursor:pointer}' +
  ':host([data-position=bottom-left]) .launcher{right:auto;left:var(--kikubari-offset-x,20px)}' +
  '.launcher:focus-visible{outline:3px solid var(--kikubari-focus,var(--kikubari-accent,#1d5fd1));outline-offset:3px}' +
  'svg{width:28px;height:28px;fill:currentColor}';


const attrs = (el: Element, values: Record<string, string>) => {
  for (const k of Object.keys(values)) el.setAttribute(k, values[k]!);
  return el;
};

/**
 * `<div data-kikubari>` on `document.body` with an open shadow root and, unless turned off, the
 * launcher (`onLaunch` on its click; `onNear` as a click nears: the pointer comes over it, it takes
 * focus, a press begins). This is all the always-loaded script draws; the lazy widget renders the
 * rest into the same root. Theme settings become custom properties and attributes on the host
 * element.
 */
export function createShell(doc: Document, theme: Theme, rtl: boolean, label: string | undefined, onLaunch: () => void, onNear: (e: Event) => void): Shell {
  const host = attrs(doc.createElement('div'), {
    'data-kikubari': '',
    'data-theme': theme.preset || 'auto',
    'data-position': theme.position || 'bottom-right',
    'data-density': theme.density || 'comfortable',
    dir: rtl ? 'rtl' : 'ltr',
  }) as HTMLElement;
  const vars: Record<string, unknown> = {
    accent: theme.accent,
    radius: theme.radius,
    font: theme.font,
    'offset-x': theme.offsetX,
    'offset-y': theme.offsetY,
    z: theme.zIndex,
  };
  for (const k of Object.keys(vars)) if (vars[k] != null) host.style.setProperty('--kikubari-' + k, String(vars[k]));
  for (const k of Object.keys(theme.vars || {})) host.style.setProperty(k, theme.vars![k]!);
  const root = host.attachShadow({ mode: 'open' });
  adoptCss(root, CSS);
  let launcher: HTMLButtonElement | undefined;
  if (label != null) {
    const svg = 'http://www.w3.org/2000/svg';
    launcher = attrs(doc.createElement('button'), { class: 'launcher', type: 'button', part: 'launcher', 'aria-label': label, 'aria-haspopup': 'dialog', 'aria-expanded': 'false' }) as HTMLButtonElement;
    launcher.append(attrs(doc.createElementNS(svg, 'svg'), { viewBox: '0 0 24 24', 'aria-hidden': 'true' }));
    launcher.firstChild!.appendChild(attrs(doc.createElementNS(svg, 'path'), { d: ICONS[theme.launcherIcon || 'chat'] }));
    launcher.onclick = onLaunch;
    launcher.onpointerenter = launcher.onfocus = launcher.onpointerdown = onNear;
    root.append(launcher);
  }
  doc.body.append(host);
  return { host, root, launcher, remove: () => host.remove() };
}
