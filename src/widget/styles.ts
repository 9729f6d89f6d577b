/**
 * The widget's stylesheet, adopted into its shadow root (never appended to the host page).
 *
 * Designers theme it with `--kikubari-*` custom properties — from config (inline on the
 * host element) or from their own CSS on `[data-kikubari]` — read here through private
 * `--_*` tokens so every preset honours an override. Sizes are px, not rem (rem follows the
 * host page's root font size). Logical properties make right-to-left layouts mirror.
 * Contrast: every text/background pair in the light and dark presets is ≥ 4.5:1 (AA).
 * Radius: `--kikubari-radius` rounds every control; unset, buttons, chips and the input are pills
 * (`--_pill`). Focus: the ring is the accent (or `--kikubari-focus`) with a halo in the text
 * colour around it, so it keeps ≥ 3:1 against the panel (WCAG 1.4.11) whatever the accent.
 * Direction: every piece of text — our strings, the site's, data — is isolated with its own
 * direction (`unicode-bidi: plaintext`, the CSS form of `<bdi>`), so an English fallback in an
 * Arabic widget reads "Why am I seeing this?", not "?Why am I seeing this"; alignment follows the
 * widget's layout (right in RTL), never each string's own direction, so a message and its buttons
 * line up. `dir=auto` elements get the layout's `direction` back (their text keeps its own through
 * `plaintext`), so bullets and padding stay on the layout's side. A snippet is cut to one line with
 * `text-overflow`, not `-webkit-line-clamp`, whose ellipsis Chromium drops on a right-aligned line.
 * Dark tokens key on `data-scheme`, which `followColorScheme` sets from the preset, the page's
 * own `color-scheme` and the OS, in that order.
 * Font: `system-ui`, then each platform's Japanese font (`--_ja`: macOS, the web font, Linux and
 * Android, Debian's IPA P Gothic — the proportional one: IPAGothic sets Latin letters monospaced —,
 * Windows); a Japanese widget (`lang` on the host, from its locale) puts
 * those first, as Japanese sites do. No other Latin names: every character the first font lacks
 * (all of a Japanese text after `system-ui`) is looked up along the list in each size and weight,
 * and each name the machine lacks costs that lookup (a first Japanese layout at 4× CPU, lab page:
 * ~95 ms with seven absent names before a Japanese one, ~45 ms with three after `system-ui`, ~25
 * with the machine's Japanese font first). Browsers without `system-ui` (before 2021) get `sans-serif`.
 */
export const WIDGET_CSS = `
:host{
  --_accent:var(--kikubari-accent,#1d5fd1);
  --_on-accent:var(--kikubari-on-accent,#fff);
  --_bg:var(--kikubari-bg,#fff);
  --_fg:var(--kikubari-fg,#1a1c1f);
  --_muted:var(--kikubari-muted,#555b63);
  --_border:var(--kikubari-border,#d9dde2);
  --_bot:var(--kikubari-bubble,#f0f2f5);
  --_link:var(--kikubari-link,#1a56c4);
  --_focus:var(--kikubari-focus,var(--_accent));
  --_radius:var(--kikubari-radius,14px);
  --_pill:var(--kikubari-radius,999px);
  --_ja:"Hiragino Sans","Noto Sans JP","Noto Sans CJK JP",IPAPGothic,Meiryo;
  --_font:var(--kikubari-font,system-ui,var(--_ja),sans-serif);
  --_size:var(--kikubari-font-size,15px);
  --_shadow:var(--kikubari-shadow,0 12px 40px rgba(15,20,30,.18),0 2px 8px rgba(15,20,30,.08));
  --_gap:12px;
  --_width:var(--kikubari-width,380px);
  --_x:var(--kikubari-offset-x,20px);
  --_y:var(--kikubari-offset-y,20px);
}
:host(:lang(ja)){--_font:var(--kikubari-font,var(--_ja),system-ui,sans-serif)}
:host([data-density=compact]){--_gap:8px;--_size:var(--kikubari-font-size,14px)}
:host([data-scheme=dark]){
  --_bg:var(--kikubari-bg,#1c1f24);--_fg:var(--kikubari-fg,#eceef1);--_muted:var(--kikubari-muted,#aab0b8);
  --_border:var(--kikubari-border,#3a3f47);--_bot:var(--kikubari-bubble,#2a2e35);--_link:var(--kikubari-link,#9dbcff);
  --_shadow:var(--kikubari-shadow,0 12px 40px rgba(0,0,0,.5));
}
:host([dir=rtl]){direction:rtl!important}
.k,.k *{box-sizing:border-box}
.k{font:400 var(--_size)/1.5 var(--_font);color:var(--_fg);-webkit-font-smoothing:antialiased;text-align:start;letter-spacing:normal;text-transform:none}
:where(.k) :where(button,input,textarea){font:inherit;color:inherit;margin:0;letter-spacing:inherit}
:where(.k) :where(h2,h3,p,ul,ol){margin:0;padding:0}
:where(.k) ul{list-style:none}
.k a{color:var(--_link)}
.k :where(p,h2,h3,li,b,span,button,label,a){unicode-bidi:plaintext}
.k :where(p,h2,h3,li)[dir=auto]{direction:ltr}
.k :where(p,h2,h3,li,label,.link,[dir=auto]){text-align:left}
:host([dir=rtl]) .k :where(p,h2,h3,li)[dir=auto]{direction:rtl}
:host([dir=rtl]) .k :where(p,h2,h3,li,label,.link,[dir=auto]){text-align:right}
.k :focus-visible{outline:3px solid var(--_focus);outline-offset:2px;box-shadow:0 0 0 7px var(--_fg)}
.sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:-1px}

.card{position:fixed;bottom:calc(var(--_y) + 72px);right:var(--_x);background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);box-shadow:var(--_shadow)}
:host([data-position=bottom-left]) .card{right:auto;left:var(--_x)}
.k .card{animation:rise .22s cubic-bezier(.2,.8,.2,1)}
@keyframes rise{from{opacity:0;transform:translateY(12px) scale(.98)}to{opacity:1;transform:none}}

.bubble{width:min(340px,calc(100vw - 32px));padding:16px;display:flex;flex-direction:column;gap:var(--_gap)}
.bubble .msg{font-size:calc(var(--_size) + 1px);font-weight:600;line-height:1.4;padding-inline-end:36px}
.row{display:flex;flex-wrap:wrap;gap:8px}
.x{position:absolute;top:6px;inset-inline-end:6px;width:44px;height:44px;border:0;background:none;border-radius:var(--_pill);cursor:pointer;display:flex;align-items:center;justify-content:center;color:var(--_muted)}
.x:hover{background:var(--_bot);color:var(--_fg)}
.x svg{width:18px;height:18px;fill:none;stroke:currentColor;stroke-width:2.2;stroke-linecap:round}
.btn{min-height:44px;padding:10px 16px;border-radius:var(--_pill);border:1px solid var(--_accent);background:var(--_accent);color:var(--_on-accent);font-weight:600;cursor:pointer;line-height:1.2}
.btn:hover{filter:brightness(1.08)}
.btn.ghost{background:transparent;color:var(--_fg);border-color:var(--_border)}
.btn.ghost:hover{background:var(--_bot);filter:none}
.link{min-height:44px;padding:8px 0;border:0;background:none;color:var(--_link);text-decoration:underline;text-underline-offset:3px;cursor:pointer;text-align:start}
.why{font-size:calc(var(--_size) - 1px);background:var(--_bot);border-radius:calc(var(--_radius) - 4px);padding:12px 14px;display:flex;flex-direction:column;gap:6px}
.why ul{display:flex;flex-direction:column;gap:4px}
.why li{padding-inline-start:14px;position:relative}
.why li::before{content:"";position:absolute;inset-inline-start:2px;top:.62em;width:5px;height:5px;border-radius:50%;background:var(--_accent)}
.note{color:var(--_muted);font-size:calc(var(--_size) - 2px)}

.panel{width:var(--_width);height:min(620px,calc(100vh - 120px));display:flex;flex-direction:column;overflow:hidden}
.head{display:flex;align-items:center;gap:12px;padding:12px;padding-inline:16px 8px;border-bottom:1px solid var(--_border);background:var(--_bg)}
.avatar{width:36px;height:36px;border-radius:50%;background:var(--_accent);color:var(--_on-accent);display:flex;align-items:center;justify-content:center;font-weight:700;flex:none;overflow:hidden}
.avatar img{width:100%;height:100%;object-fit:cover}
.avatar svg{width:20px;height:20px;fill:currentColor}
.head .t{flex:1;min-width:0}
.head h2{font-size:calc(var(--_size) + 1px);font-weight:700;line-height:1.3}
.head p{font-size:calc(var(--_size) - 2px);color:var(--_muted)}
.head .x{position:static}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:var(--_gap);overscroll-behavior:contain}
.m{max-width:88%;padding:10px 14px;border-radius:var(--_radius);white-space:pre-wrap;overflow-wrap:anywhere}
.m.bot{background:var(--_bot);align-self:flex-start;border-end-start-radius:4px}
.m.me{background:var(--_accent);color:var(--_on-accent);align-self:flex-end;border-end-end-radius:4px}
.replies{display:flex;flex-wrap:wrap;gap:8px;align-self:flex-start}
.reply{min-height:44px;padding:9px 14px;border-radius:var(--_pill);border:1px solid var(--_accent);background:var(--_bg);color:var(--_link);font-weight:600;cursor:pointer}
.reply:hover{background:var(--_bot)}
.answer{margin:0;align-self:stretch}.answer blockquote{margin:0 0 6px;padding:8px 12px;border-inline-start:3px solid var(--_accent);background:var(--_bg)}
.arts{display:flex;flex-direction:column;gap:8px;align-self:stretch}
.art{display:block;width:100%;min-height:44px;text-align:start;padding:12px 14px;border:1px solid var(--_border);border-radius:calc(var(--_radius) - 4px);background:var(--_bg);cursor:pointer}
.art:hover{border-color:var(--_accent)}
.art b{display:block;color:var(--_link);font-weight:600}
.art span{color:var(--_muted);font-size:calc(var(--_size) - 2px);margin-top:2px;display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.typing{align-self:flex-start;color:var(--_muted);font-style:italic}
.dots span{display:inline-block;width:6px;height:6px;margin-inline-end:3px;border-radius:50%;background:var(--_muted);animation:blink 1.2s infinite}
.dots span:nth-child(2){animation-delay:.2s}.dots span:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
.form{display:flex;gap:8px;padding:12px;border-top:1px solid var(--_border);background:var(--_bg)}
.form input{flex:1;min-width:0;min-height:44px;padding:10px 14px;border:1px solid var(--_border);border-radius:var(--_pill);background:var(--_bg);color:var(--_fg)}
.form input::placeholder{color:var(--_muted);opacity:1}
.form[hidden]{display:none}
.send{width:44px;height:44px;flex:none;border-radius:var(--_pill);border:0;background:var(--_accent);color:var(--_on-accent);cursor:pointer;display:flex;align-items:center;justify-content:center}
.send svg{width:20px;height:20px;fill:currentColor}
:host([dir=rtl]) .send svg{transform:scaleX(-1)}
.reader{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px}
.reader h3{font-size:calc(var(--_size) + 3px);line-height:1.3}
.reader .body{display:flex;flex-direction:column;gap:10px}
.vote{display:flex;align-items:center;gap:8px;flex-wrap:wrap;padding-top:8px;border-top:1px solid var(--_border)}
.vote p{flex-basis:100%;font-weight:600}


@media (max-width:480px){
  .card{left:8px;right:8px;bottom:calc(var(--_y) + 68px)}
  :host([data-position=bottom-left]) .card{left:8px;right:8px}
  .bubble{width:auto}
  .panel{left:0;right:0;bottom:var(--_kb,0px);width:auto;height:var(--_sheet,min(88vh,88dvh));border-radius:var(--_radius) var(--_radius) 0 0;border-width:1px 0 0}
  :host([data-position=bottom-left]) .panel{left:0;right:0}
  .form{padding-bottom:calc(12px + env(safe-area-inset-bottom,0px))}
}
@media (prefers-reduced-motion:reduce){.k .card{animation:none!important}.dots span{animation:none!important;opacity:.7}}
@media (forced-colors:active){.btn,.reply,.art,.send{border:1px solid ButtonText}}
`;
