import type { Article } from '../../../src/types';

/** A small help centre for a kettle shop, in English and Japanese, written for these tests. */
export const ARTICLES: Article[] = [
  {
    id: '1001',
    title: 'How to descale your Aero Kettle',
    url: '/hc/en/articles/1001',
    locale: 'en',
    tags: ['descaling', 'cleaning', 'limescale'],
    products: ['AK-1'],
    body:
      'Limescale builds up in hard-water areas and makes the kettle slower and noisier. ' +
      'To descale the Aero Kettle, fill it halfway with equal parts water and white vinegar, boil, and leave it for an hour. ' +
      'Rinse twice before use. Never put the kettle in the dishwasher.',
  },
  {
    id: '1002',
    title: 'Descaling the Brew Pro coffee machine',
    url: '/hc/en/articles/1002',
    locale: 'en',
    tags: ['descaling'],
    products: ['BP-2'],
    body: 'Run the descaling programme once a month. Pour the descaler into the water tank and press the clean button for three seconds.',
  },
  {
    id: '1003',
    title: 'The kettle lid will not close',
    url: '/hc/en/articles/1003',
    locale: 'en',
    products: ['AK-1'],
    body: 'If the lid does not click shut, check the hinge for limescale and press the lid down firmly until it clicks.',
  },
  {
    id: '1004',
    title: 'Returns and refunds',
    url: '/hc/en/articles/1004',
    locale: 'en',
    tags: ['returns'],
    body: 'You can return any item within 30 days for a full refund. Start a return from your order page; we email a prepaid label.',
  },
  {
    id: '1005',
    title: 'Warranty',
    url: '/hc/articles/1005',
    body: 'Every appliance comes with a two-year warranty that covers faults in materials and workmanship.',
  },
  {
    id: '1006',
    title: 'Water tank',
    url: '/hc/en/articles/1006',
    locale: 'en',
    body: 'The tank holds 1.7 litres.',
  },
  {
    id: '1007',
    title: 'Tankless heaters',
    url: '/hc/en/articles/1007',
    locale: 'en',
    body: 'We do not sell tankless heaters.',
  },
  {
    id: '2001',
    title: 'エアロケトルの湯あか取り',
    url: '/hc/ja/articles/2001',
    locale: 'ja',
    tags: ['お手入れ', '湯あか'],
    products: ['AK-1'],
    body: '水道水に含まれるカルシウムが固まって湯あか（スケール）になります。クエン酸を溶かした水を満水まで入れて沸騰させ、1時間置いてから捨ててください。',
  },
  {
    id: '2002',
    title: 'ふたが閉まらないとき',
    url: '/hc/ja/articles/2002',
    locale: 'ja-JP',
    products: ['AK-1'],
    body: 'ふたのヒンジに湯あかが付いていると、ふたが閉まりにくくなります。ヒンジを柔らかい布で拭いてから、カチッと音がするまで押してください。',
  },
  {
    id: '2003',
    title: '返品・返金について',
    url: '/hc/ja/articles/2003',
    locale: 'ja',
    body: 'お届けから30日以内であれば、未使用の商品を返品できます。注文履歴のページから手続きしてください。',
  },
  {
    id: '2004',
    title: 'ネジの締め方',
    url: '/hc/ja/articles/2004',
    locale: 'ja',
    body: 'ハンドルのネジが緩んだら、付属のドライバーで締めてください。',
  },
];

// Long Japanese, with a katakana loanword over 15 characters and text around it; line breaks
// (Windows ones too), half-width katakana (folded to other characters), Japanese tags and
// products, and an article with no body.
export const MORE: Article[] = [
  { id: 'long', title: 'インターナショナルスタンダードバージョンの保証', url: '/long', locale: 'ja', body: 'Wi-Fiルーターの設定。'.repeat(40) + '\n\n電源を入れ直してください。\r\nｶﾞｽｺﾝﾛの上に置かないでください。' },
  { id: 'tags', title: 'お手入れ・保管', url: '/tags', locale: 'ja', tags: ['お手入れ', 'ｽﾃﾝﾚｽ 製'], products: ['ケトル-1', 'AK-1'], body: '保管するときは、水を捨てて乾かしてください。' },
  { id: 'nobody', title: 'ふたの外し方', url: '/nobody', locale: 'ja' },
  { id: 'mixed', title: 'USBケーブルで充電 (5V 2.4A)', url: '/mixed', locale: 'ja', tags: ["don't", 'e-mail', 'Café'], body: 'Ｗｉ－Ｆｉ設定は3.5秒押し。iPhone15とAndroid、ＡＢＣ１２３、x²、naïve résumé. 1971年から2週間、ケーブルUSB2本とiPhone15Proを5月に。約2,000mm、300mm程度。' },
];
