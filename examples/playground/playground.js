// The theme playground: every control maps to a config field; the preview iframe gets the
// config in its URL hash and reloads; the output shows the config to paste, or the same look as
// CSS custom properties for designers who prefer to theme from their own stylesheet.
const form = document.getElementById('controls');
const frame = document.getElementById('preview');
const out = { config: document.getElementById('config'), css: document.getElementById('css') };
let tab = 'config';

import { STRINGS } from '/dist/widget.mjs';
import { AR } from '/playground/ar.js';

// Every string, per language: the built-in one (Arabic from ar.js), and what the designer typed.
const BUILT_IN = { en: STRINGS.en, ja: STRINGS.ja, ar: { ...STRINGS.en, ...AR } };
const edited = { en: {}, ja: {}, ar: {} };
const box = document.getElementById('strings');
let shown;
function stringFields(locale) {
  if (shown === locale) return;
  shown = locale;
  box.replaceChildren();
  box.dir = locale === 'ar' ? 'rtl' : 'ltr';
  for (const key of Object.keys(STRINGS.en)) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.name = 'string:' + key;
    input.value = edited[locale][key] ?? BUILT_IN[locale][key];
    input.addEventListener('input', () => (edited[locale][key] = input.value));
    label.append(key + ' ', input);
    box.append(label);
  }
}

const DEFAULTS = { preset: 'light', accent: '#1d5fd1', radius: '14', density: 'comfortable', position: 'bottom-right', offsetX: '20', offsetY: '20', zIndex: '2147483000', launcherIcon: 'chat', locale: 'en' };

function read() {
  const v = Object.fromEntries(new FormData(form));
  const theme = {};
  if (v.preset !== DEFAULTS.preset) theme.preset = v.preset;
  if (v.accent !== DEFAULTS.accent) theme.accent = v.accent;
  if (v.radius !== DEFAULTS.radius) theme.radius = Number(v.radius);
  if (v.font) theme.font = v.font;
  if (v.density !== DEFAULTS.density) theme.density = v.density;
  if (v.position !== DEFAULTS.position) theme.position = v.position;
  if (v.offsetX !== DEFAULTS.offsetX) theme.offsetX = Number(v.offsetX);
  if (v.offsetY !== DEFAULTS.offsetY) theme.offsetY = Number(v.offsetY);
  if (v.zIndex !== DEFAULTS.zIndex) theme.zIndex = Number(v.zIndex);
  if (v.launcherIcon !== DEFAULTS.launcherIcon) theme.launcherIcon = v.launcherIcon;
  if (v.title) theme.title = v.title;
  if (v.avatar) theme.avatar = v.avatar;
  const config = {};
  if (Object.keys(theme).length) config.theme = theme;
  if (v.locale !== DEFAULTS.locale) config.locale = v.locale;
  // The strings a site must give: whatever differs from what kikubari has built in for the language
  // (for Arabic, which has none, every string that is not the English fallback).
  const strings = {};
  const own = v.locale === 'ar' ? STRINGS.en : STRINGS[v.locale];
  for (const key of Object.keys(STRINGS.en)) {
    const value = edited[v.locale][key] ?? BUILT_IN[v.locale][key];
    if (value !== own[key]) strings[key] = value;
  }
  if (Object.keys(strings).length) config.strings = { [v.locale]: strings };
  return { config, message: v.message, view: v.view, width: v.width, theme };
}

function css(theme) {
  const vars = { accent: theme.accent, radius: theme.radius, font: theme.font, 'offset-x': theme.offsetX, 'offset-y': theme.offsetY, z: theme.zIndex };
  const lines = Object.entries(vars).filter(([, v]) => v != null).map(([k, v]) => `  --kikubari-${k}: ${v};`);
  return `/* In your own stylesheet: custom properties pass into kikubari's shadow root. */\n[data-kikubari] {\n${lines.join('\n') || '  /* defaults */'}\n}\n` +
    (theme.preset || theme.position || theme.density || theme.launcherIcon ? `\n/* Preset, position, density and icon are config settings:\n   ${JSON.stringify({ theme: { preset: theme.preset, position: theme.position, density: theme.density, launcherIcon: theme.launcherIcon } })} */\n` : '');
}

let timer;
function update() {
  stringFields(form.elements.locale.value);
  const s = read();
  for (const [name, unit] of [['radius', 'px'], ['offsetX', 'px'], ['offsetY', 'px']]) form.elements[name + 'Out'].value = form.elements[name].value + unit;
  out.config.textContent = JSON.stringify(s.config, null, 2);
  out.css.textContent = css(s.theme);
  frame.style.width = s.width;
  clearTimeout(timer);
  // Debounced: dragging a colour or a slider reloads the preview a few times a second, not per pixel.
  timer = setTimeout(() => {
    frame.src = '/playground/preview.html#' + encodeURIComponent(JSON.stringify({ config: s.config, message: s.message, view: s.view }));
  }, 150);
}

form.addEventListener('input', update);
form.addEventListener('change', update);

for (const t of ['config', 'css'])
  document.getElementById('tab-' + t).addEventListener('click', () => {
    tab = t;
    for (const u of ['config', 'css']) {
      out[u].hidden = u !== t;
      document.getElementById('tab-' + u).setAttribute('aria-selected', String(u === t));
    }
  });
document.getElementById('copy').addEventListener('click', async (e) => {
  await navigator.clipboard.writeText(out[tab].textContent).catch(() => {});
  e.target.textContent = 'Copied';
  setTimeout(() => (e.target.textContent = 'Copy'), 1500);
});
update();
