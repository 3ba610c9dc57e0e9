// "Price" (and "price list", "quote") in the languages that write with the Latin alphabet, as
// the short price enquiries sent to every blog are written ("Hi, I wanted to know your price",
// posted under many names in a different language each time). A price word in a language the
// site does not use is a look; in a short comment, likely spam. English and French are in
// commercial.ts as phrases; words that mean something else in a common language are left out
// ("pris" is French, "cena" Spanish, "bei" German): those languages' "your price" is written as
// the phrase ("din pris", "bei yako"). Written as spelled: the matcher folds accents.
// Other scripts mostly need no list: a comment in another script than the site's is judged by its
// script. Georgian and Armenian are listed, as franc cannot name them, and the words of a few
// scripts whose enquiries are often too short to be judged by their script alone.

export const PRICE_WORDS: Readonly<Record<string, readonly string[]>> = {
  spa: ['precio', 'precios', 'presupuesto'],
  por: ['preço', 'preços', 'orçamento'],
  ita: ['prezzo', 'prezzi', 'listino'],
  deu: ['preis', 'preise', 'preisliste', 'kostenvoranschlag'],
  nld: ['prijs', 'prijzen', 'prijslijst'],
  ron: ['prețul', 'prețului', 'prețurile'],
  lvs: ['cenu', 'cenrādi', 'cenrādis'],
  ces: ['cenu', 'ceny', 'ceník'],
  slk: ['cenu', 'ceny', 'cenník'],
  pol: ['cenę', 'cennik'],
  hrv: ['cijenu', 'cijena', 'cijene', 'cjenik'],
  bos: ['cijenu', 'cijena', 'cijene', 'cjenovnik'],
  srp: ['cenu', 'cijenu', 'cenovnik'],
  lit: ['kaina', 'kainą', 'kainos', 'kainoraštis'],
  est: ['hinda', 'hinnakiri'],
  fin: ['hinta', 'hintaa', 'hinnan', 'hinnasto'],
  hun: ['árát', 'árajánlat', 'árlista'],
  dan: ['prisen', 'priser', 'prisliste', 'din pris', 'jeres pris'],
  nob: ['prisen', 'priser', 'prisliste', 'din pris', 'prisen din'],
  swe: ['priset', 'priser', 'prislista', 'ditt pris'],
  eus: ['prezioa', 'prezioak'],
  cat: ['preu', 'preus', 'pressupost'],
  tur: ['fiyat', 'fiyatı', 'fiyatını', 'fiyatları', 'fiyatınız', 'fiyatınızı'],
  ind: ['harga', 'harganya'],
  zlm: ['harga', 'harganya'],
  tgl: ['presyo'],
  azj: ['qiymət', 'qiyməti', 'qiymətini'],
  uzn: ['narx', 'narxi'],
  vie: ['báo giá', 'giá của bạn'],
  isl: ['verð', 'verðið', 'verðlista'],
  gle: ['praghas', 'phraghas'],
  cym: ['eich pris', 'dy bris', 'prisiau'],
  sqi: ['çmimin', 'çmimi', 'çmimet'],
  afr: ['prys', 'pryse', 'pryslys'],
  slv: ['vašo ceno', 'vaše cene', 'cenik'],
  zul: ['intengo'],
  xho: ['ixabiso'],
  swh: ['bei yako', 'bei gani'],
  kat: ['ფასი', 'ფასს', 'ფასები'],
  hye: ['գինը', 'գին', 'գները'],
  // scripts whose short enquiries fall under the length a script is judged from
  heb: ['המחיר', 'מחיר', 'מחירון'],
  rus: ['цену', 'цены', 'прайс'],
  ukr: ['ціну', 'ціни', 'прайс'],
  ell: ['τιμή', 'τιμή σας', 'τιμές'],
  arb: ['السعر', 'سعر', 'الأسعار'],
  pes: ['قیمت'],
  hin: ['कीमत', 'मूल्य'],
  ben: ['দাম', 'মূল্য'],
};
