// The demo shop's products. The SKU, name and category are what kikubari reads from each
// product page's schema.org JSON-LD and from the order on the confirmation page; keep them in
// step with `products:` in the help articles' front matter.

export const SHOP = {
  name: 'Nagomi',
  tagline: 'Quiet tools for everyday rituals',
  currency: 'USD',
  freeShippingOver: 60,
  shipping: { standard: 8, express: 18 },
};

/**
 * @typedef {{ id: string, label: string, body: string, trim: string, bg: string }} Colour
 * `body`, `trim` and `bg` colour the product's illustration (see illustrations.mjs).
 */
export const PRODUCTS = [
  {
    sku: 'AK-1',
    handle: 'aero-kettle',
    name: 'Aero Kettle',
    category: 'kettles',
    kind: 'Electric pour-over kettle',
    price: 79,
    rating: 4.8,
    reviews: 212,
    illustration: 'kettle',
    warranty: '2-year warranty',
    short: 'A slim gooseneck kettle that heats to the degree and holds it there, for pour-over coffee and green tea.',
    description: [
      'The Aero Kettle heats 0.9 litres to any temperature from 60 to 100 °C, one degree at a time, then holds it for up to 30 minutes while you grind, weigh and bloom.',
      'Its gooseneck spout pours a steady, pencil-thin stream, and the body is brushed 18/8 stainless steel made by a family workshop in Tsubame-Sanjo, Niigata.',
    ],
    colours: [
      { id: 'sumi', label: 'Sumi (matte black)', body: '#2b2b2d', trim: '#141415', bg: '#ece5d9' },
      { id: 'kinari', label: 'Kinari (warm white)', body: '#efe9dd', trim: '#9b7653', bg: '#dfe6e3' },
      { id: 'matcha', label: 'Matcha (sage)', body: '#8d9c7b', trim: '#3f4a37', bg: '#f1e9dc' },
    ],
    highlights: [
      ['Degree-exact', 'Set 60–100 °C with the dial; presets for green tea (80 °C), oolong (90 °C) and coffee (93 °C).'],
      ['Holds for 30 minutes', 'Press Hold and the ring light pulses while it keeps your water on temperature.'],
      ['Pours like a pen', 'A counter-weighted handle and 7 mm spout give a slow, even pour for blooming.'],
    ],
    specs: [
      ['Capacity', '0.9 L (max) · 0.3 L (min)'],
      ['Temperature', '60–100 °C in 1 °C steps, 30-minute hold'],
      ['Power', '1200 W, 120 V / 60 Hz (US plug)'],
      ['Materials', '18/8 stainless steel body, BPA-free lid seal, walnut-finish handle'],
      ['Size', '29 × 16 × 21 cm, 1.1 kg with base'],
      ['Safety', 'Auto shut-off, boil-dry protection, cool-touch handle'],
      ['Warranty', '2 years'],
    ],
    box: ['Aero Kettle and heating base', 'Quick start card', 'Descaling sachet (1 × 20 g citric acid)'],
    care: [
      'Rinse and dry the inside after each day of use; never put the kettle or base in the dishwasher.',
      'Descale every 4–6 weeks with citric acid (more often with hard water), or when the display shows CL.',
      'Wipe the body with a soft, damp cloth. Abrasive sponges scratch the brushed finish.',
    ],
  },
  {
    sku: 'SZ-2',
    handle: 'shizuku-pour-over-set',
    name: 'Shizuku Pour-Over Set',
    category: 'coffee',
    kind: 'Porcelain dripper and glass server',
    price: 48,
    rating: 4.7,
    reviews: 138,
    illustration: 'pourover',
    warranty: '1-year warranty',
    short: 'A Hasami porcelain dripper on a heat-resistant glass server, with filters and a cypress scoop.',
    description: [
      'Shizuku means “drop”. The cone dripper is thrown and glazed in Hasami, Nagasaki; its twelve spiral ribs keep the paper filter off the wall so coffee drains evenly.',
      'It sits on a 600 ml heat-resistant glass server with a hinoki (Japanese cypress) collar that stays cool to hold. Brews one to four cups.',
    ],
    colours: [
      { id: 'shiro', label: 'Shiro (white glaze)', body: '#f4f1ea', trim: '#b98c5a', bg: '#e5ebe6' },
      { id: 'ai', label: 'Ai (indigo glaze)', body: '#34507a', trim: '#b98c5a', bg: '#efe7da' },
      { id: 'hai', label: 'Hai (ash grey)', body: '#a8a39a', trim: '#8a6a48', bg: '#e9e4f0' },
    ],
    highlights: [
      ['Spiral ribs', 'Twelve ribs lift the filter for an even, unhurried drawdown.'],
      ['Made in Hasami', 'Fired at 1300 °C by a kiln that has worked since the Edo period.'],
      ['1–4 cups', 'Size 02 cone; the server is marked at 300 and 600 ml.'],
    ],
    specs: [
      ['Dripper', 'Hasami porcelain, size 02, 11.5 cm across'],
      ['Server', '600 ml borosilicate glass, hinoki wood collar'],
      ['Filters', '40 unbleached cone filters, size 02'],
      ['Dishwasher', 'Dripper and glass: yes · wooden collar: no'],
      ['Warranty', '1 year'],
    ],
    box: ['Shizuku dripper', '600 ml glass server with wooden collar', '40 paper filters (size 02)', 'Hinoki measuring scoop (10 g)'],
    care: [
      'Remove the wooden collar before washing the server; wipe the collar with a damp cloth and let it air-dry.',
      'Glass and porcelain are dishwasher-safe; avoid moving the server straight from hot to cold water.',
      'Coffee oils build up in the ribs: soak the dripper in warm water with a little baking soda once a month.',
    ],
  },
  {
    sku: 'KM-3',
    handle: 'kamado-rice-cooker',
    name: 'Kamado Rice Cooker',
    category: 'rice-cookers',
    kind: '3-cup micom rice cooker',
    price: 169,
    rating: 4.9,
    reviews: 97,
    illustration: 'ricecooker',
    warranty: '2-year warranty',
    short: 'A compact 3-cup rice cooker with a thick, five-layer pot and menus for white, brown and mixed rice.',
    description: [
      'Named after the clay hearth rice was once cooked on, the Kamado soaks, heats and steams rice in stages, adjusting as it goes, for glossy grains with a little bite.',
      'Its five-layer inner pot holds heat like a clay donabe. Cook up to three rice-cooker cups (540 ml of dry rice) — dinner for two with lunch left over.',
    ],
    colours: [
      { id: 'kinari', label: 'Kinari (warm white)', body: '#f1ebe0', trim: '#3b3a38', bg: '#e2e7ec' },
      { id: 'sumi', label: 'Sumi (matte black)', body: '#2f2e2c', trim: '#141413', bg: '#efe6d8' },
    ],
    highlights: [
      ['Seven menus', 'White, quick, brown, sushi, mixed (takikomi), porridge and slow cook.'],
      ['Five-layer pot', 'Aluminium core with a ceramic-reinforced non-stick coating; water lines in cups.'],
      ['Ready when you are', '13-hour delay timer and 12 hours of keep-warm that does not dry the rice.'],
    ],
    specs: [
      ['Capacity', '0.5–3 rice-cooker cups (90–540 ml dry rice)'],
      ['Menus', 'White, quick, brown, sushi, mixed, porridge, slow cook'],
      ['Power', '350 W, 120 V / 60 Hz (US plug)'],
      ['Size', '22 × 27 × 20 cm, 3.2 kg'],
      ['Included', 'Inner pot, measuring cup (180 ml), rice paddle, steam basket'],
      ['Warranty', '2 years (inner pot coating: 1 year)'],
    ],
    box: ['Kamado Rice Cooker', 'Five-layer inner pot', 'Rice paddle and holder', 'Measuring cup (180 ml)', 'Steam basket'],
    care: [
      'Wash the inner pot by hand with a soft sponge; metal utensils and dishwashers wear the coating.',
      'After each use, remove and rinse the inner lid and steam vent cap so starch does not build up.',
      'Wipe the heating plate with a dry cloth; grains of rice left on it stop the pot from sitting flat.',
    ],
  },
  {
    sku: 'TT-4',
    handle: 'tetsu-cast-iron-teapot',
    name: 'Tetsu Cast-Iron Teapot',
    category: 'teapots',
    kind: 'Nambu cast-iron teapot',
    price: 64,
    rating: 4.8,
    reviews: 176,
    illustration: 'teapot',
    warranty: 'Lifetime warranty on the iron',
    short: 'A 650 ml Nambu cast-iron teapot with the traditional arare pattern, an enamelled interior and a fine infuser.',
    description: [
      'Cast in Morioka, Iwate, where ironware has been made for four hundred years. The hailstone (arare) pattern is pressed into each sand mould by hand.',
      'Inside, a thin enamel coat keeps tea tasting of tea; cast iron keeps it warm for a second and third pour. For brewing only — heat your water in a kettle.',
    ],
    colours: [
      { id: 'kuro', label: 'Kuro (iron black)', body: '#2d2c2b', trim: '#1a1918', bg: '#e8e2d6' },
      { id: 'sabi', label: 'Sabi (rust red)', body: '#7b3f2c', trim: '#4a2519', bg: '#e4e8e1' },
      { id: 'ai', label: 'Ai (indigo)', body: '#2f4159', trim: '#1c2838', bg: '#efe6d9' },
    ],
    highlights: [
      ['Keeps tea warm', 'Cast iron holds heat for a slow second and third cup.'],
      ['Enamelled inside', 'No seasoning needed; the enamel keeps flavours clean.'],
      ['Fine infuser', 'A stainless mesh basket for loose-leaf sencha, hojicha and oolong.'],
    ],
    specs: [
      ['Capacity', '650 ml (about 3 cups)'],
      ['Material', 'Cast iron with enamelled interior; stainless steel infuser'],
      ['Made in', 'Morioka, Iwate (Nambu tekki)'],
      ['Weight', '1.2 kg'],
      ['Heat source', 'Not for stovetop, induction or microwave'],
      ['Warranty', 'Lifetime against cracks in the iron; 1 year on the enamel'],
    ],
    box: ['Tetsu teapot with lid', 'Stainless steel infuser', 'Care leaflet'],
    care: [
      'Rinse with hot water only — no soap, no dishwasher — then dry the outside and leave the lid off to air-dry inside.',
      'Never heat the teapot on a stove: the enamel lining can crack.',
      'Small rust spots on the outside are normal for iron; brush them off and wipe with a little brewed tea.',
    ],
  },
];

export const bySku = Object.fromEntries(PRODUCTS.map((p) => [p.sku, p]));

/** The catalog as the browser scripts need it (cart, checkout, confirmation). */
export function catalogForBrowser() {
  return Object.fromEntries(
    PRODUCTS.map((p) => [
      p.sku,
      {
        sku: p.sku,
        name: p.name,
        category: p.category,
        price: p.price,
        url: '/products/' + p.handle,
        colours: Object.fromEntries(p.colours.map((c) => [c.id, { label: c.label, image: imagePath(p, c) }])),
      },
    ]),
  );
}

export const imagePath = (p, c) => `/assets/img/${p.handle}-${c.id}.svg`;
