// Hand-drawn product illustrations (flat SVG, 600 × 600), one function per product, coloured
// per colourway. build.mjs writes each to /assets/img/<handle>-<colour>.svg.

const svg = (bg, body, title) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" role="img" aria-label="${title}">
<title>${title}</title>
<rect width="600" height="600" fill="${bg}"/>
<circle cx="300" cy="300" r="228" fill="#ffffff" opacity=".35"/>
${body}
</svg>
`;

/** A colour mixed towards white (amount > 0) or black (amount < 0). */
export function shade(hex, amount) {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(amount >= 0 ? c + (255 - c) * amount : c * (1 + amount));
  const r = mix(n >> 16), g = mix((n >> 8) & 255), b = mix(n & 255);
  return '#' + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
}

const light = (hex) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16) > 500;

function kettle({ body, trim, bg }, title) {
  const edge = light(body) ? shade(body, -0.18) : shade(body, 0.12);
  const shadowSide = shade(body, light(body) ? -0.08 : -0.25);
  return svg(
    bg,
    `<ellipse cx="300" cy="500" rx="190" ry="18" fill="#000" opacity=".10"/>
<!-- gooseneck spout -->
<path d="M214 430 C150 432 140 392 142 330 C144 284 128 262 92 252" fill="none" stroke="${edge}" stroke-width="20" stroke-linecap="round"/>
<path d="M214 430 C150 432 140 392 142 330 C144 284 128 262 92 252" fill="none" stroke="${body}" stroke-width="14" stroke-linecap="round"/>
<path d="M98 254 L76 250" stroke="${body}" stroke-width="9" stroke-linecap="round"/>
<!-- handle -->
<path d="M392 268 H428 Q458 268 458 298 V398 Q458 428 428 428 H396" fill="none" stroke="${trim}" stroke-width="26" stroke-linecap="round" stroke-linejoin="round"/>
<!-- body -->
<path d="M222 236 H378 Q390 236 392 250 L410 444 Q412 462 394 462 H206 Q188 462 190 444 L208 250 Q210 236 222 236 Z" fill="${body}" stroke="${edge}" stroke-width="3"/>
<path d="M340 244 H374 L392 452 H356 Z" fill="${shadowSide}" opacity=".55"/>
<path d="M232 252 L226 446" stroke="#fff" stroke-width="10" stroke-linecap="round" opacity=".28"/>
<!-- lid -->
<rect x="214" y="220" width="172" height="22" rx="11" fill="${edge}"/>
<rect x="280" y="200" width="40" height="24" rx="10" fill="${trim}"/>
<!-- base -->
<rect x="176" y="458" width="248" height="34" rx="14" fill="#26262a"/>
<rect x="176" y="458" width="248" height="8" rx="4" fill="#3a3a40"/>
<circle cx="392" cy="476" r="5" fill="#f0f0f0"/>
<rect x="270" y="469" width="60" height="15" rx="4" fill="#111"/>
<text x="300" y="481" text-anchor="middle" font-family="monospace" font-size="12" fill="#e9e2d0">93°</text>`,
    title,
  );
}

function pourover({ body, trim, bg }, title) {
  const glaze = shade(body, light(body) ? -0.12 : 0.15);
  const ribs = [];
  for (let i = 0; i < 6; i++) {
    const x = 236 + i * 26;
    ribs.push(`<path d="M${x} 176 L${300 + (x - 300) * 0.55} 262" stroke="${glaze}" stroke-width="3" opacity=".7"/>`);
  }
  return svg(
    bg,
    `<ellipse cx="300" cy="500" rx="170" ry="16" fill="#000" opacity=".10"/>
<!-- glass server -->
<path d="M222 300 Q214 300 212 314 L196 440 Q190 496 248 496 H352 Q410 496 404 440 L388 314 Q386 300 378 300 Z" fill="#e9f3f6" opacity=".75" stroke="#b8cfd6" stroke-width="3"/>
<path d="M204 408 Q202 430 200 442 Q196 490 248 490 H352 Q404 490 400 442 L396 408 Z" fill="#5a3620"/>
<path d="M204 408 H396" stroke="#7a4c2c" stroke-width="4"/>
<path d="M226 320 L214 450" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity=".6"/>
<rect x="236" y="310" width="128" height="36" rx="8" fill="${trim}"/>
<path d="M236 328 H364" stroke="${shade(trim, -0.2)}" stroke-width="2" opacity=".5"/>
<path d="M212 302 Q196 296 190 284" stroke="#b8cfd6" stroke-width="4" fill="none" stroke-linecap="round"/>
<!-- dripper -->
<rect x="244" y="264" width="112" height="30" rx="8" fill="${body}" stroke="${glaze}" stroke-width="3"/>
<path d="M196 168 H404 L354 268 H246 Z" fill="${body}" stroke="${glaze}" stroke-width="3" stroke-linejoin="round"/>
${ribs.join('\n')}
<path d="M404 190 Q446 196 440 226 Q434 250 392 246" fill="none" stroke="${body}" stroke-width="14" stroke-linecap="round"/>
<path d="M404 190 Q446 196 440 226 Q434 250 392 246" fill="none" stroke="${glaze}" stroke-width="3" opacity=".6"/>
<!-- paper filter -->
<path d="M206 168 L214 146 H386 L394 168 Z" fill="#f3e9d6" stroke="#d9c8a8" stroke-width="2"/>
<!-- drip -->
<path d="M300 362 Q307 376 300 382 Q293 376 300 362 Z" fill="#5a3620"/>`,
    title,
  );
}

function ricecooker({ body, trim, bg }, title) {
  const edge = shade(body, light(body) ? -0.14 : 0.14);
  const panel = light(body) ? '#3b3a38' : '#1a1a19';
  return svg(
    bg,
    `<ellipse cx="300" cy="478" rx="200" ry="18" fill="#000" opacity=".10"/>
<!-- body -->
<path d="M150 270 Q150 236 184 232 H416 Q450 236 450 270 V420 Q450 470 400 470 H200 Q150 470 150 420 Z" fill="${body}" stroke="${edge}" stroke-width="3"/>
<path d="M410 246 Q436 252 436 280 V420 Q436 456 398 458" fill="none" stroke="#000" stroke-width="14" opacity=".06"/>
<!-- lid -->
<path d="M160 250 Q166 166 300 160 Q434 166 440 250 Z" fill="${shade(body, light(body) ? 0.25 : 0.08)}" stroke="${edge}" stroke-width="3"/>
<path d="M188 226 Q214 182 300 178" stroke="#fff" stroke-width="8" fill="none" stroke-linecap="round" opacity=".35"/>
<circle cx="352" cy="196" r="15" fill="${edge}"/>
<circle cx="352" cy="196" r="7" fill="${trim}"/>
<!-- lid release -->
<rect x="266" y="242" width="68" height="14" rx="7" fill="${trim}"/>
<!-- control panel -->
<rect x="208" y="300" width="184" height="112" rx="24" fill="${panel}"/>
<rect x="238" y="318" width="124" height="34" rx="6" fill="#c9d4b8"/>
<text x="300" y="342" text-anchor="middle" font-family="monospace" font-size="18" fill="#2f3a25">18:30</text>
<circle cx="248" cy="380" r="10" fill="#d8d2c6"/>
<circle cx="284" cy="380" r="10" fill="#d8d2c6"/>
<circle cx="320" cy="380" r="10" fill="#d8d2c6"/>
<rect x="340" y="370" width="36" height="20" rx="10" fill="#c8553d"/>
<circle cx="226" cy="394" r="3" fill="#f2b347"/>
<!-- feet -->
<rect x="186" y="466" width="40" height="10" rx="4" fill="${trim}"/>
<rect x="374" y="466" width="40" height="10" rx="4" fill="${trim}"/>`,
    title,
  );
}

function teapot({ body, trim, bg }, title) {
  const hob = shade(body, 0.16);
  const dots = [];
  // The arare (hailstone) pattern: rows of bumps that follow the curve of the body.
  for (let row = 0; row < 6; row++) {
    const y = 318 + row * 24;
    const half = Math.sqrt(Math.max(0, 1 - ((y - 372) / 108) ** 2)) * 168;
    for (let x = 300 - half + 16 + (row % 2) * 11; x < 300 + half - 12; x += 22) {
      dots.push(`<circle cx="${x.toFixed(1)}" cy="${y}" r="5.5" fill="${hob}"/><circle cx="${(x - 1.5).toFixed(1)}" cy="${y - 1.5}" r="2" fill="#fff" opacity=".18"/>`);
    }
  }
  return svg(
    bg,
    `<ellipse cx="300" cy="482" rx="180" ry="16" fill="#000" opacity=".12"/>
<!-- bail handle -->
<path d="M196 300 Q196 130 300 128 Q404 130 404 300" fill="none" stroke="${trim}" stroke-width="12" stroke-linecap="round"/>
<path d="M196 300 Q196 130 300 128 Q404 130 404 300" fill="none" stroke="#fff" stroke-width="2" opacity=".12"/>
<rect x="246" y="120" width="108" height="18" rx="9" fill="${shade(trim, 0.1)}" stroke="${trim}" stroke-width="2"/>
<circle cx="196" cy="302" r="9" fill="${trim}"/>
<circle cx="404" cy="302" r="9" fill="${trim}"/>
<!-- spout -->
<path d="M150 372 Q116 356 100 318 L118 312 Q132 340 160 344 Z" fill="${body}" stroke="${trim}" stroke-width="3" stroke-linejoin="round"/>
<!-- body -->
<path d="M140 380 Q140 284 300 280 Q460 284 460 380 Q460 478 300 480 Q140 478 140 380 Z" fill="${body}"/>
${dots.join('')}
<path d="M170 356 Q186 304 258 294" stroke="#fff" stroke-width="8" fill="none" stroke-linecap="round" opacity=".14"/>
<!-- lid -->
<path d="M226 292 Q228 262 300 260 Q372 262 374 292 Z" fill="${shade(body, 0.06)}" stroke="${trim}" stroke-width="3"/>
<circle cx="300" cy="252" r="14" fill="${trim}"/>`,
    title,
  );
}

export const ILLUSTRATIONS = { kettle, pourover, ricecooker, teapot };

/** The site's mark: an ensō brush circle. */
export const MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#2f4a6d"/><path d="M44 19 A17 17 0 1 0 47 38" fill="none" stroke="#f7f3ec" stroke-width="6" stroke-linecap="round"/></svg>
`;
