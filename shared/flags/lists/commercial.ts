// Phrases only commercial spam uses, in English and French, by the kinds of spam blogs receive:
// tech-support numbers, loans, leaks, proxies, followers and views, SEO and guest posts,
// casinos and betting, pharmacy, crypto schemes, essays to order, spells and "hackers for hire",
// cracked downloads and generators. Written from those kinds, not from any one site's messages:
// each phrase names an offer, so a genuine reader has little reason to write it.
// A hit weighs twice a word of the general spam vocabulary (en.ts, fr.ts).

export const COMMERCIAL_EN: readonly string[] = [
  // tech support and customer service numbers
  'customer service number', 'customer support number', 'customer care number', 'tech support number',
  'technical support number', 'support phone number', 'support number', 'helpline number', 'help line number',
  'toll free number', 'toll-free number', 'phone number support', 'customer support phone',
  'customer service phone', 'tech support phone', 'technical support phone', 'printer offline',
  'printer not printing', 'printer in error state', 'get instant help', 'instant help from experts', 'airline reservations', 'airlines customer', 'airline customer',
  'flight booking number', 'email support number',
  // loans and money
  'loan offer', 'loan offers', 'instant loan', 'instant loans', 'quick loans', 'personal loans', 'business loans',
  'loan lender', 'loan lenders', 'loan company', 'guaranteed loan', 'low interest loan', 'instant cash',
  'cash loan', 'title loans', 'debt consolidation', 'investment plan', 'guaranteed returns', 'guaranteed profit',
  'binary trading', 'forex trading', 'forex signals', 'crypto trading', 'bitcoin investment', 'trading bot',
  'crypto recovery', 'fund recovery', 'recover your funds', 'recover scammed', 'hire a hacker', 'hire hacker',
  'hacking services', 'spy on your partner', 'cheating spouse',
  // leaks, adult, dating
  'onlyfans leaks', 'onlyfans leak', 'leaked videos', 'leaked photos', 'nudes leaked', 'call girls', 'call girl',
  'escort service', 'escort services', 'hookup site', 'sugar daddy', 'adult videos', 'live cams', 'sex cams',
  'my private photos', 'my naughty photos', 'my hot photos', 'girls in your city',
  'girls in your area', 'singles in your area', 'women in your area', 'want to meet you tonight',
  'looking for a serious man', 'nude leaks', 'celebrity leaks', 'celebrity nudes', 'single women near you',
  'meet single women', 'i saw your profile', 'lonely girl', 'lonely girls', 'looking for a man', 'man for serious relationship',
  'man for marriage', 'for serious relationship', 'kind man for',
  // proxies, accounts, followers, views
  'buy proxies', 'cheap proxies', 'private proxies', 'residential proxies', 'proxy list', 'buy accounts',
  'aged accounts', 'verified accounts', 'buy instagram followers', 'instagram followers', 'tiktok followers',
  'twitter followers', 'youtube subscribers', 'buy youtube', 'youtube views', 'buy views', 'buy likes',
  'real followers', 'cheap followers', 'smm panel', 'buy reviews', 'views in one day', 'views in a day', 'views in 24 hours',
  'subscribers in one day', 'followers in one day', 'trading signal group', 'trading signals', 'signal group',
  // SEO and marketing services
  'seo services', 'seo service', 'seo company', 'seo agency', 'seo expert', 'link building services', 'high quality backlinks', 'first page of google',
  'rank your website', 'website traffic', 'digital marketing agency', 'digital marketing services',
  'web design company', 'web development company', 'app development company', 'redesign your website',
  'digital marketing company', 'get a free quote', 'for a free quote', 'your ad text',
  'free seo audit', 'free website audit', 'link insertion', 'link insertions', 'free consultation',
  'custom software development', 'software development company', 'software development services',
  'hire dedicated', 'dedicated developers', 'offshore development', 'offshore software development', 'staff augmentation',
  // the brand outlets, jerseys and boots of the 2010s, still posted by the same tools
  'cheap jerseys', 'wholesale jerseys', 'cheap nfl jerseys', 'nfl jerseys cheap', 'jerseys wholesale', 'cheap uggs', 'ugg boots sale',
  'ugg boots outlet', 'ugg boots clearance', 'replica bags', 'replica handbag', 'fake rolex', 'replica rolex', 'replica omega',
  'replica watch', 'swiss replica', 'designer replica', 'handbags outlet', 'outlet online store', 'outlet store online',
  'sunglasses outlet', 'cheap sunglasses', 'sunglasses cheap', 'jackets outlet', 'shoes outlet',
  // casinos and betting
  'online casino', 'casino online', 'casino bonus', 'free spins', 'no deposit bonus', 'deposit bonus', 'free bets', 'free bet',
  'win real money', 'play slots', 'bonus on your first deposit', 'betting odds', 'slot online', 'online slots', 'slot gacor',
  'sports betting', 'betting tips', 'betting site', 'sportsbook', 'online betting', 'lottery results', 'satta matka',
  // and India's: the numbers game's results, fantasy-team tips
  'satta king', 'satta result', 'gali disawar', 'disawar result', 'matka result', 'dream11 team', 'dream11 prediction',
  'today match prediction', 'grand league',
  // the gambling sites sent to every blog, in Indonesian and Russian as often as in English
  'judi online', 'situs judi', 'judi slot', 'agen judi', 'bandar togel', 'togel online', 'situs slot', 'slot88', 'rtp slot',
  'maxwin', 'sbobet', '1xbet', 'mostbet', 'melbet', 'vavada', 'pin up casino', 'aviator predictor',
  'онлайн казино', 'казино онлайн', 'ставки на спорт', 'букмекерская контора', 'игровые автоматы',
  // and in Spanish and Portuguese
  'ganhe dinheiro', 'ganhar dinheiro', 'gana dinero', 'ganar dinero desde casa', 'dinero desde casa', 'dinheiro em casa',
  'apuestas deportivas', 'casino en línea', 'bono de bienvenida', 'tragamonedas', 'apostas esportivas',
  'cassino online', 'préstamos rápidos', 'préstamo rápido', 'empréstimo rápido',
  // and loans in Czech, Slovak and Polish, offered to blogs everywhere
  'rychlé půjčky', 'rychlá půjčka', 'půjčky bez registru', 'půjčka bez registru', 'nebankovní půjčky', 'nebankovní půjčka',
  'rýchle pôžičky', 'rýchla pôžička', 'pôžička bez registra', 'szybkie pożyczki', 'pożyczki online', 'pożyczka online',
  'pożyczka bez bik', 'chwilówki online',
  // and in Vietnamese and Korean, as sent to blogs in any language (Thai, Japanese, Chinese: UNSPACED_COMMERCIAL)
  // (read without their accents: "lô đề", "nổ hũ", "bắn cá" would be Spanish "lo de", "no hu", "ban ca")
  'nhà cái', 'cá cược', 'soi kèo', 'tỷ lệ kèo', 'kèo nhà cái', 'game bài',
  '토토사이트', '먹튀검증', '카지노사이트', '바카라', '안전놀이터', '메이저사이트', '파워볼', '스포츠토토',
  // pharmacy and health products
  'buy tramadol', 'tramadol', 'xanax', 'oxycodone', 'kamagra', 'generic viagra', 'buy viagra', 'buy cialis',
  'cheap viagra', 'viagra online', 'cheap cialis', 'cialis online', 'viagra without', 'cialis without', 'viagra pills',
  'erectile dysfunction', 'male enhancement', 'keto pills', 'diet supplement', 'weight loss pills',
  'keto supplement', 'doctors hate', 'without exercise', 'without dieting', 'pounds in one month', 'pounds in a month',
  'write a custom paper', 'custom paper', 'custom essay', 'custom essays',
  'pounds in a week', 'lose weight fast',
  'cbd gummies', 'keto gummies', 'slimming gummies', 'weight loss gummies', 'only available from the official',
  'only available on the official', 'available from the official site', 'without prescription', 'no prescription', 'online drugstore', 'online pharmacy', 'canadian pharmacy',
  // essays and homework
  'essay writing service', 'essay writing services', 'write my essay', 'write my paper', 'essay writer',
  'paper writing service', 'assignment help', 'homework help', 'dissertation writing', 'coursework help', 'do my homework', 'thesis writing',
  'plagiarism-free', 'plagiarism free', 'off your first order', 'discount on your first order',
  // downloads, cracks, generators, streaming
  'free download full version', 'crack download', 'cracked version', 'keygen', 'serial key', 'license key',
  'activation key', 'mod apk', 'premium apk', 'apk download', 'free robux', 'robux generator', 'free v-bucks',
  'gift card generator', 'free gift cards', 'free gift card', 'free amazon gift', 'free itunes gift', 'free steam gift',
  'free google play gift', 'gift card giveaway', 'reply with your email', 'watch movies online free', 'free movies online', 'full movie online',
  'free xbox', 'money codes', 'hack tool', 'free recharge', 'free mobile recharge', 'free fire diamonds', 'loot trick', 'mod menu', 'unlimited coins', 'unlimited gems', '123movies', 'putlocker',
  'fmovies', 'gomovies', 'solarmovie', 'showbox', 'no survey', 'no human verification', 'without human verification',
  'free premium account', 'free premium accounts', 'premium for free', 'movies online free',
  'windows 11 pro key', 'windows 10 pro key', 'genuine windows key', 'cheap windows keys', 'cheap windows key', 'cd keys',
  'iptv subscription', 'iptv subscriptions', 'iptv service', 'iptv provider', 'best iptv', 'iptv reseller', 'iptv free trial',
  // spells and fortune
  'love spell', 'love spells', 'spell caster', 'black magic', 'voodoo', 'get your ex back', 'lost love back',
  'spell temple', 'get my husband back', 'get my wife back',
  'get my ex back', 'my lover back',
  // shopping and services
  'packers and movers', 'movers and packers', 'wholesale price', 'factory price', 'shop now',
  'order online', 'best deals', 'cheap flights', 'visa services', 'immigration services', 'properties for rent',
  'apartments for rent', 'villas for rent', 'cleaning company', 'cleaning services', 'moving company', 'payment gateway',
  // price enquiries posted under many names ("I wanted to know your price")
  'know your price', 'wanted to know your price', 'what is your price', 'your price list', 'send me your price',
  'send me the price list',
  // money from home
  'earn from home', 'make money online', 'earn money online',
  // the job "guaranteed" after a course (the course and its city: en.ts); brides and cams
  'training institute in', 'guaranteed job placement', 'job placement guarantee', 'placement guarantee', '100% placement', 'placement assistance',
  'get placed in', 'limited seats', 'top mncs',
  'mail order brides', 'russian brides', 'ukrainian brides', 'asian brides', 'live webcam', 'webcam girls', 'cam girls',
  // cold pitches sent through the comment form to the site's owner as a customer: leads, demos,
  // funding, videos, listings, "visibility"; and the copyright scare that links to its "proof"
  'reaching out on behalf of', 'what are your rates', 'your rates for',
  'potential customers', 'boost your sales', 'grow your business', 'free demo', 'book a demo', 'book a free', 'reply yes',
  'for a small fee', 'prices start at', 'web visitors into leads', 'business funding', 'no collateral', 'explainer video',
  'explainer videos', 'websites like yours', 'businesses like yours', 'copyright-protected images', 'copyright protected images',
  'my images you used', 'ai visibility', 'chatgpt answers', 'seo errors', 'your business listed', 'most visitors leave',
  // sentences of spun templates whose grammar gives them away
  'not sure where you\'re getting your information', 'not sure where you are getting your information',
  'i needs to spend some time', 'great info i was looking for this info',
  'paragraph is fastidious', 'post is fastidious', 'its my first time to commenting', 'first time to commenting anyplace',
  'i was wanting to know your situation', 'i also am a blogger', 'swap techniques with other folks', 'swap solutions with others',
  'swap strategies with other', 'why not shoot me an e-mail', 'why not shoot me an email', 'shoot me an e-mail if interested',
  'wrote an extremely long comment', 'wrote an incredibly long comment', 'wrote an really long comment',
  'just sum it up what i submitted', 'i\'ll just sum it up what i wrote', 'could also make comment due to', 'my younger sister is analyzing', 'analyzing these kinds of things',
  'came to return the favor', 'came to return the favour', 'saw you visited my web site', 'saw you visited my website',
  'which blog platform you\'re working with', 'which webhost you\'re working with', 'which web host you\'re working with',
  'loaded your blog in 3 completely different', 'loaded your blog in three completely different', 'b2evolution', 'blogengine',
  'software widget', 'merchant cash advance', 'unsecured business loan', 'unsecured business loans',
  'contribute a guest post', 'write a guest post for', 'guest post to your blog', 'few topic ideas', 'your site currently scores',
  'slow sites lose', 'i can get your site', 'sales appointments', 'done-for-you', 'done for you outreach', 'high da blogs',
  'high da sites', 'interested in a link exchange',
  'loading very slow', 'google penalises slow', 'google penalizes slow', 'penalises slow sites', 'penalizes slow sites',
  'reply with yes', 'free audit report', 'errors which are affecting', 'errors that are affecting', 'affecting your google ranking',
  'verified database of', 'verified email list', 'b2b email list', 'contacts in your target market', 'dedicated virtual assistants',
  'virtual assistants starting at', 'i\'m a web designer who', 'i am a web designer who', 'send over a few ideas',
  'accept sponsored posts', 'sponsored posts or partnerships', 'great fit for your audience',
  'noticed your website has', 'noticed your site has', 'not loading fast on mobile', 'costing you visitors', 'costing you customers',
  'redesign your site', 'very affordable price',
  // paid plugins and themes handed out "under the GPL" (a reader's "nulled plugin" is as often a warning)
  'gpl download', 'get it under gpl', 'under gpl from',
  'share my portfolio', 'very reasonable cost', 'very reasonable price', 'freelance wordpress developer',
  'freelance web developer', 'your website is taking', 'design looks a bit outdated', 'design looks outdated',
  // links for sale
  'dofollow', 'do-follow', 'dofollow backlinks', 'buy backlinks', 'pbn links', 'increase your traffic',
  'boost your ranking', 'rank higher on google',
  // accounts, reviews and papers for sale
  'buy google reviews', 'pva accounts', 'buy gmail accounts', 'buy verified', 'fake passport', 'fake id',
  'buy a diploma', 'buy diploma', 'купить диплом', 'купить аттестат', 'займ онлайн', 'кредит онлайн', 'микрозайм',
  'buy passport', 'registered passport', 'driving license for sale', 'ssn for sale', 'novelty bank statement',
  'fake bank statement', 'bank statement generator', 'fake payslip', 'payslip generator', 'fake utility bill',
  'fake documents', 'counterfeit money', 'counterfeit notes', 'counterfeit bills', 'undetectable counterfeit', 'fake diploma',
  // stolen cards and logins
  'fullz', 'dumps with pin', 'fresh cvv', 'cvv shop', 'cc shop',
  // testimonial scams: a "doctor", "agent" or "lender" whose reader was cured, made rich or won back,
  // to be reached off the site; and the offers that come with them
  'contact him on whatsapp', 'contact him via whatsapp', 'contact him via email', 'contact him through email',
  'contact him through his email', 'contact him on his email', 'email him on', 'email him via', 'email him at',
  'whatsapp him on', 'reach him on whatsapp', 'reach him via email', 'contact us via whatsapp', 'contact us on whatsapp',
  'contact us via email', 'herbal cure', 'herbal doctor', 'herbalist doctor', 'native doctor', 'spiritual doctor',
  'cure for herpes', 'herpes cure', 'cured my herpes', 'cured of herpes', 'cure for hiv', 'hiv cure', 'cured my hiv',
  'join the illuminati', 'join illuminati', 'illuminati brotherhood', 'illuminati agent', 'become rich and famous',
  'in need of kidney donors', 'kidney donors for the sum', 'sell your kidney', 'kidney for sale',
  'blank atm card', 'blank atm cards', 'programmed atm card', 'hacked atm card', 'sugar mummy', 'sugar mommy',
  'sugar momma', 'sugar daddies', 'urgent loan', 'in need of a loan', 'need of an urgent loan', 'we offer loans',
  'legit loan', 'private loan', 'loan firm', 'recovery expert', 'recovery experts', 'hack recovery', 'recovery hacker',
  'scam recovery', 'recover stolen crypto', 'recover lost crypto', 'reliable hacker', 'genuine hacker',
  'recovery is possible', 'lost funds to', 'fake investment platform',
  'credit specialist', 'credit hacker', 'reach him at', 'reach her at', 'tell him i sent you', 'tell her i sent you',
  'contact her via email', 'contact her on whatsapp', 'email her at', 'email her on',
  // crypto giveaways: an airdrop to claim by connecting a wallet (which drains it)
  'crypto airdrop', 'free airdrop', 'token airdrop', 'claim your airdrop', 'claim your free', 'connect your wallet',
  'claim your tokens', 'claim your reward', 'meme coin', 'easy 100x', 'next 100x', 'presale is live', 'token presale',
  // and the gambling sites' Indonesian slang: "profit every day", "jackpot at once"
  'mau cuan', 'langsung jp', 'gampang jp', 'pasti jp',
  // free accounts and subscribers, certification "dumps" and final-year projects sold to students
  'free premium accounts', 'free premium account', 'minecraft premium accounts', 'free subscribers', 'free subs',
  'exam dumps', 'questions dumps', 'exam questions pdf', 'real exam questions', 'pass in first attempt',
  'pass in the first attempt', 'valid questions', 'verified answers', 'braindumps', 'final year projects', 'ieee projects',
];

/**
 * The same kinds in scripts written without spaces between words (Thai, Japanese, Chinese): the
 * matcher reads a run of such letters as one word, so these are looked for inside the text as
 * written (engine.ts). Gambling sites and essays to order; not the plain word for a casino,
 * which these countries' news discuss.
 */
export const UNSPACED_COMMERCIAL: readonly string[] = [
  'สล็อต', 'เว็บตรง', 'บาคาร่า', 'แทงบอล', 'เครดิตฟรี', 'หวยออนไลน์',
  'オンラインカジノ', 'ブックメーカー', '博彩', '娱乐城', '百家乐', '代写',
];

export const COMMERCIAL_FR: readonly string[] = [
  // assistance et numéros
  'numéro de support', 'numéro service client', 'numéro du service client', 'service client téléphone',
  'assistance technique téléphone', 'numéro vert', 'numéro d’assistance', 'numéro d\'assistance',
  'dépannage informatique', 'assistance imprimante',
  // télévision piratée par abonnement
  'abonnement iptv', 'iptv france', 'iptv premium', 'meilleur iptv',
  // prêts et argent
  'offre de prêt', 'offres de prêt', 'prêt d’argent', 'prêt d\'argent', 'crédit entre particuliers',
  'financement rapide', 'prêt sans justificatif', 'taux d’intérêt bas', 'taux d\'intérêt bas',
  'investissement rentable', 'rendement garanti', 'trading automatique', 'robot de trading',
  'récupérer vos fonds', 'récupération de fonds', 'expert en récupération', 'récupérer votre argent', 'pirate informatique', 'hacker professionnel',
  // voyance, envoûtement
  'retour de l’être aimé', 'retour de l\'être aimé', 'retour affectif rapide', 'envoûtement', 'grand marabout',
  'médium voyant', 'rituel d’amour', 'rituel d\'amour',
  // réseaux et référencement
  'acheter des followers', 'achat de followers', 'acheter des abonnés', 'abonnés instagram', 'likes instagram',
  'vues youtube', 'acheter des likes', 'acheter des avis', 'avis google', 'référencement naturel',
  'agence seo', 'article sponsorisé', 'articles sponsorisés', 'lien sponsorisé', 'liens sponsorisés',
  // le démarchage par le formulaire : une démo, une application « pour les artisans »
  'une démo de', 'pour une démo', 'nous font déjà confiance', 'nous font confiance', 'nous développons des applications',
  'création de site pas cher',
  // jeux, santé, devoirs, téléchargements
  'bonus de bienvenue', 'tours gratuits', 'paris en ligne', 'pharmacie en ligne', 'sans ordonnance',
  'viagra générique', 'cialis générique', 'rédaction de mémoire', 'rédaction de thèse', 'faire mes devoirs',
  'télécharger gratuitement', 'version crackée', 'film complet', 'streaming gratuit', 'vpn gratuit',
  'déménagement pas cher', 'entreprise de nettoyage', 'société de nettoyage', 'location d’appartement',
  'location d\'appartement',
  // demandes de prix, argent facile, liens à vendre, faux papiers
  'connaître votre prix', 'quel est votre prix', 'votre liste de prix', 'gagner de l’argent en ligne', 'gagner de l\'argent en ligne', 'backlinks de qualité',
  'gagner de l’argent depuis chez vous', 'gagner de l\'argent depuis chez vous', 'depuis chez vous sans', 'travail à domicile sans',
  'infos en mp', 'info en mp', 'sans diplôme ni expérience',
  'netlinking', 'acheter des backlinks', 'faux papiers', 'faux passeport', 'permis de conduire à vendre',
  // prêteurs, voyants et agences
  'prêteur privé', 'prêteur particulier', 'offre de financement', 'prêt rapide', 'voyance gratuite', 'voyant sérieux',
  'agence matrimoniale', 'femmes russes', 'webcam coquine',
  // témoignages d'escroquerie : un « docteur », un marabout ou un prêteur à joindre hors du site
  'contactez-le sur whatsapp', 'contactez le sur whatsapp', 'contactez-le par whatsapp', 'contactez le par whatsapp',
  'contactez-le par email', 'contactez le par email', 'contactez-le par mail', 'contactez le par mail',
  'écrivez-lui sur whatsapp', 'son whatsapp', 'retour affectif', 'marabout', 'médecin traditionnel',
  'guérisseur traditionnel', 'rejoindre les illuminati', 'rejoindre l’illuminati', 'rejoindre l\'illuminati',
  'prêt entre particuliers', 'prêt entre particulier', 'prêt urgent', 'carte atm vierge', 'carte bancaire vierge',
  'contactez-la directement', 'contactez-la par mail', 'contactez la par mail', 'contactez-la par email', 'contactez-la sur whatsapp',
  'prêteuse particulière', 'prêteuse privée', 'fichée à la banque de france', 'fiché à la banque de france', 'fichée banque de france',
  // le rédacteur qui propose un article « invité » contre un lien vers son client
  'article invité gratuit', 'en échange d’un lien', 'en échange d\'un lien', 'en échange d’un petit lien', 'en échange d\'un petit lien',
  // les aides et financements démarchés : compte formation, rénovation « sans avance de frais »
  'votre compte cpf', 'votre cpf', 'vos droits cpf', 'formations financées', 'formation financée à 100', 'financées à 100',
  'vérifiez votre éligibilité', 'testez votre éligibilité', 'sans avance de frais', 'reste à charge zéro', 'reste à charge 0',
  'devis gratuit sous', 'simulation gratuite',
  // placements « garantis » et défiscalisation, qui « partent vite »
  'loyers garantis', 'rendement garanti', 'placement garanti', 'les meilleurs lots partent',
  // minceur miracle
  'complément naturel', 'sans régime ni sport', 'sans faire de sport', 'kilos en un mois', 'kilos en une semaine',
];
