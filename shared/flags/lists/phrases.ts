// Phrases that are not insults but that comment spam leans on, in English and French.
// General patterns of self-promotion and of praise that fits any article; never tuned to one site.

/** Self-promotion: the comment asks readers to go somewhere, watch, subscribe or buy. */
export const PROMOTION_PHRASES_EN: readonly string[] = [
  'check out my', 'check out our', 'visit my', 'visit our', 'visit us', 'subscribe to my',
  'subscribe to me', 'subscribe me', 'suscribe', 'please subscribe', 'plz subscribe', 'pls subscribe',
  'like and subscribe', 'sub my', 'sub to my', 'sub to', 'sub4sub', 'check me out', 'come check',
  'follow me', 'watch my', 'listen to my', 'my new video', 'my new song', 'my store', 'my shop',
  'our services', 'our products', 'click here', 'click this', 'click the link', 'click on the link',
  'link in bio', 'link below', 'please like', 'dm me', 'inbox me', 'discount code', 'earn money',
  'make money', 'get paid', 'limited offer', 'special offer', 'free gift',
  'check my channel', 'check my video', 'check my videos', 'check my page', 'check my music', 'check my site',
  'check my website', 'check my blog', 'check my profile', 'check my song', 'check out this channel',
  'look at my channel', 'on my channel', 'to my channel', 'subscribe my channel', 'subscribe to my channel',
  'check out this youtube channel', 'check this channel', 'check this youtube channel', 'look at this channel',
  'sub me', 'subscribe back', 'sub back', 'sub for sub', 'sub 4 sub', 'my first video', 'my latest video', 'my newest video',
  'my music video', 'leave a like', 'give it a like', 'give me a like', 'check them out', 'read some of our',
  'read our blog', 'read our blogs', 'more info', 'for more info', 'for more information visit',
  'check out this channel', 'on our channel', 'subscribes to me', 'i will subscribe', 'subscribe please',
  'please go check', 'go check it out', 'please check it out', 'check it out and subscribe', 'my new channel',
  'my youtube channel', 'see my new', 'check out my new', 'subscribe to our', 'sub to our', 'follow us on',
  'add me on', 'follow me on', 'go to my channel', 'visit my channel', 'donate bitcoin', 'donate bitcoins',
  'donate btc', 'send me bitcoin', 'my bitcoin address', 'my btc address', 'my wallet address',
  'use my referral', 'use my promo code', 'my referral code', 'my referral link', 'my invite code', 'my invite link', 'my promo code',
  // the author's name or profile as the link to follow
  'click my name', 'click on my name', 'click my profile', 'click on my profile', 'search my name', 'look up my name',
  'google my name', 'link in my profile', 'link on my profile', 'link in my bio', 'go to my profile', 'visit my profile',
  'vote for me', 'vote for my', 'vote for our', 'vote for us', 'like this picture', 'like this photo', 'like my picture', 'like my photo',
  'subscribe and comment',
  // a seller of trips, rooms and services speaking to the blog's readers
  'book with us', 'contact us today', 'call us today', 'please visit the', 'for more tutorials like this', 'browse our', 'shop our', 'shop the latest', 'enroll today',
  'enrol today', 'enroll now', 'start your free', 'get yours today', 'order yours',
  // chain letters: pass it on, or else
  'copy and paste this', 'copy paste this', 'paste this on', 'paste this in', 'paste this to', 'repost this on',
  'unless you post this', 'post this on 3', 'post this on 5', 'post this on 10', 'post it on 3', 'post it on 5', 'post it on 10',
  '3 other videos', '5 other videos', '10 other videos', 'three other videos', 'five other videos', 'ten other videos',
  // a seller's own product or link, offered as a tip
  'try our app', 'try our tool', 'try our free', 'try our ai', 'try our service', 'try our software', 'try our platform',
  'see our guide', 'see our website', 'see our site', 'see our store', 'see our products', 'using my link', 'use my link', 'my affiliate link', 'through my link', 'via my link',
  // promotion that names itself, apologising or not
  'shameless plug', 'shameless self promotion', 'sorry for the self-promotion', 'excuse the self promotion', 'promoting my',
  'promote my', 'sorry for the spam', 'sorry for spam', 'sorry for spamming', 'get my channel out there',
  'check my vine', 'my vine account', 'sorry to spam', 'i know this is spam', 'sorry for the self promotion',
  'don\'t mean to spam', 'dont mean to spam', 'not trying to spam', 'not to spam but', 'dropped my mixtape', 'dropped my new',
  'before it gets deleted', 'before they delete it', 'before it gets taken down', 'remove spaces', 'remove the spaces',
  'see my profile', 'pics in my bio', 'pics are in my bio', 'pics on my profile', 'every sub helps', 'every single sub helps',
  'every sub counts', 'text me on telegram', 'message me on telegram', 'text me on whatsapp', 'i have something special for you',
  'thanks for watching and commenting', 'ca in my bio', 'ca in bio',
  // chain pleas: a like for a prayer, and shame for scrolling past
  'like = 1 prayer', 'like = one prayer', '1 like = 1', 'ignore = you', 'ignore = no', 'like = 1 year',
  'sorry for self promotion', 'support my channel', 'support my music', 'my patreon', 'donate to my',
  'follow my instagram', 'follow my twitter', 'follow my tiktok', 'follow my page', 'follow my channel',
  // the 2010s video plugs: "go watch this", "hit the bell", follow for follow
  'go watch this', 'go listen', 'hit the bell', 'ring the bell', 'follow for follow', 'i follow back', 'f4f',
  'take 2 minutes to watch', 'take a minute to watch', 'take a second to watch', 'take a moment to watch',
];

export const PROMOTION_PHRASES_FR: readonly string[] = [
  'visitez mon', 'visitez notre', 'visite mon', 'allez voir mon', 'venez voir mon', 'jetez un oeil',
  'ma chaîne', 'ma boutique', 'notre boutique', 'nos services', 'nos produits', 'notre agence',
  'abonnez-vous', 'abonne-toi', 'abonnez vous', 'suivez-moi', 'suivez moi', 'cliquez ici',
  'cliquez sur le lien', 'découvrez notre', 'découvrez mon', 'inscrivez-vous', 'offre spéciale',
  'offre limitée', 'abonnez-vous à notre', 'abonnez vous à notre', 'suivez-nous sur', 'ajoutez-moi sur',
  'faites un don', 'mon adresse bitcoin',
  // the author's name or profile as the link to follow
  'lien dans mon nom', 'lien sur mon nom', 'cliquez sur mon nom', 'clique sur mon nom', 'voir mon profil', 'passe me voir',
  // a business speaking of what it sells: a rental, a garage, a school, a software vendor
  'découvrez nos', 'réservez dès', 'commandez dès', 'profitez de nos', 'retrouvez nos', 'retrouvez les nouvelles collections',
  'nos formations', 'notre logiciel', 'notre application', 'notre garage', 'notre cabinet', 'devis en ligne',
  'premier appel offert', 'étude personnalisée gratuite',
  'autopromo', 'auto-promo', 'auto promotion', 'pardon pour la pub', 'désolé pour la pub', 'petite pub', 'soutenez ma chaîne',
];

/**
 * "Visit our website" and "our services" in the other languages blogs' spam most often comes in
 * (German, Spanish, Italian, Portuguese, Dutch, Polish, Russian): on an English or French blog a
 * pitch in them is flagged for its language and, with these, for what it asks. A call, as
 * "visit our" is in English; the second list mentions, as "our website" is.
 */
export const PROMOTION_PHRASES_OTHER: readonly string[] = [
  'besuchen sie unsere', 'besuchen sie unseren', 'besuchen sie unser', 'jetzt bestellen', 'jetzt kaufen',
  'visita nuestra', 'visite nuestra', 'visitar nuestra', 'visita nuestro', 'visite nuestro', 'compra ahora',
  'visita il nostro', 'visitate il nostro', 'visita la nostra', 'acquista ora',
  'visite nosso', 'visite o nosso', 'visite a nossa', 'compre agora',
  'bezoek onze', 'odwiedź naszą', 'odwiedź nasz', 'zapraszamy na naszą', 'заходите на наш', 'переходите на наш',
  'продвижение сайта', 'продвижению сайта', 'раскрутка сайта', 'pozycjonowanie stron', 'pozycjonowania stron', 'pozycjonowanie',
  'pozycjonowania', 'posicionamiento web', 'posicionamento de sites',
  // a video's comments beg for subscribers in the viewers' own languages too
  'suscríbete a mi canal', 'suscribete a mi canal', 'suscríbanse a mi canal', 'suscribanse a mi canal', 'suscribanse',
  'suscríbanse', 'visiten mi canal', 'visita mi canal', 'pasen por mi canal', 'pásense por mi canal', 'pásate por mi canal',
  'mira mi video', 'miren mi video', 'mira mi nuevo video', 'miren mi nuevo video', 'sígueme en instagram', 'sigueme en instagram',
  'sígueme en tiktok', 'sigueme en tiktok', 'sígueme en twitter', 'sigueme en twitter', 'síganme en instagram', 'siganme en instagram',
  'inscreva-se no meu canal', 'inscrevam-se no meu canal', 'se inscrevam no meu canal', 'se inscreve no meu canal',
  'visitem meu canal', 'visitem o meu canal', 'assistam meu vídeo', 'assistam meu video', 'me sigam no instagram', 'sigam-me no instagram',
  'abonniert meinen kanal', 'abonniert mich', 'iscrivetevi al mio canale', 'iscriviti al mio canale',
  'los invito a ver mi', 'las invito a ver mi', 'les invito a ver mi', 'los invito a mi canal', 'les invito a mi canal', 'ver mi cover',
  // the link in the author's profile, in Portuguese and Spanish
  'link do meu perfil', 'link no meu perfil', 'link en mi perfil', 'enlace en mi perfil', 'cadastre-se no link', 'regístrate en el link',
  'link ada di profil', 'link di profil', 'link di bio', 'cek profil',
];

export const MILD_PROMOTION_PHRASES_OTHER: readonly string[] = [
  'unsere webseite', 'unsere website', 'unseren shop', 'unsere dienstleistungen', 'unser angebot',
  'nuestra tienda', 'nuestra página', 'nuestra web', 'nuestros servicios', 'nuestros productos',
  'il nostro sito', 'i nostri servizi', 'i nostri prodotti', 'il nostro negozio',
  'nosso site', 'nossa loja', 'nossos serviços', 'nossos produtos',
  'onze website', 'onze webshop', 'onze diensten', 'onze producten',
  'naszą stronę', 'nasza strona', 'nasz sklep', 'nasze usługi', 'naszych usług',
  'наш сайт', 'нашем сайте', 'наши услуги', 'наш магазин', 'наших услуг',
  // "we offer", and the German pitch's "ask without obligation" and "search engine optimisation"
  'wir bieten', 'bieten wir', 'unverbindlich anfragen', 'jetzt unverbindlich', 'suchmaschinenoptimierung',
  'ofrecemos', 'offriamo', 'oferecemos', 'wij bieten', 'oferujemy', 'предлагаем',
];

/**
 * Milder: words that self-promotion uses but that genuine commenters use too ("I wrote about
 * this on my blog", "how do I subscribe?"). Alone they weigh less than a call to action.
 */
export const MILD_PROMOTION_PHRASES_EN: readonly string[] = [
  'subscribe', 'subscribe to', 'check my', 'my channel', 'my website', 'my site', 'my blog',
  'my page', 'my video', 'my videos', 'my music', 'my profile', 'my business', 'my newest',
  'my latest', 'our website', 'our site', 'our company', 'add me', 'join me', 'like my',
  'please share', 'share this', 'sign up', 'signup', 'free trial', 'contact us', 'call us', 'our channel',
  'check this out', 'check out this', 'subscribers', 'followers',
  'whatsapp', 'telegram', 'giveaway', 'per hour', 'per day', 'per week', 'per month',
  'this channel', 'hit me up', 'bitcoin address', 'btc address', 'free stuff', 'giving away', 'on spotify now',
  'out now on spotify', 'now on spotify', 'new single from', 'our store', 'our shop', 'we provide', 'we offer',
  // a gift card is what a food drive asks for too; "free gift cards" is the scheme's (commercial.ts)
  'gift card', 'gift cards', 'we organise', 'we organize', 'check our', 'answers on this site', 'found some answers on', 'your next trip', 'your next holiday', 'your next vacation', 'save up to',
  'in one click',
  // a shop, a school or a software vendor speaking of what it sells: each alone is a reader's too
  'we sell', 'our course', 'our courses', 'our online course', 'our classes', 'our collection', 'our range', 'our prices',
  'our catalogue', 'our catalog', 'our showroom', 'our dealership', 'our clients', 'our customers', 'our experts',
  'our platform', 'our software', 'our app', 'new arrivals', 'for sale', 'free cancellation', 'payment plan', 'payment plans',
];

export const MILD_PROMOTION_PHRASES_FR: readonly string[] = [
  'mon site', 'mon blog', 'notre site', 'venez voir', 'rendez-vous sur', 'contactez-nous',
  'contactez moi', 'contactez-moi', 'par mois', 'par jour', 'par heure', 'abonnés',
  // what an author makes and wants seen
  'ma musique', 'mes vidéos', 'ma vidéo', 'ma nouvelle vidéo', 'ma dernière vidéo', 'mon clip', 'mon album',
  'ma page', 'mon instagram', 'ma playlist', 'mon son', 'mes sons', 'mon podcast', 'ma chaîne youtube',
  // what a seller says of its offer: each alone is a reader's too
  'nous proposons', 'nous vendons', 'nos clients', 'nos tarifs', 'nos offres', 'livrées gratuitement', 'livré gratuitement',
  'livrés gratuitement', 'livraison offerte', 'annulation gratuite', 'essai gratuit', 'sans engagement', 'prix d’usine',
  'prix d\'usine', 'défiscalisation', 'louez dès', 'finançables',
];

/** Things an author makes and wants seen: a mention, like "my blog". */
export const OWN_WORK_PHRASES_EN: readonly string[] = [
  'my rap', 'my raps', 'my remix', 'my remixes', 'my cover', 'my covers', 'my band', 'my playlist', 'my vid',
  'my vids', 'my song', 'my songs', 'my track', 'my tracks', 'my beats', 'my mixtape', 'my album', 'my vlog',
  'my vlogs', 'my podcast', 'my stream', 'my streams', 'my instagram', 'my twitter', 'my facebook', 'my tiktok',
  'my app', 'my ebook', 'my artwork', 'my animations', 'my gaming channel', 'my first song', 'new youtuber',
  'small youtuber', 'upcoming artist', 'upcoming rapper', 'aspiring rapper', 'aspiring singer', 'music producer',
  'i make music', 'i make videos', 'i upload', 'i rap', 'new to youtube', 'started a youtube channel', 'started my channel',
  'made a channel', 'a gaming channel', 'a music channel', 'my soundcloud', 'my spotify', 'my bandcamp', 'my mixtapes',
  'i made a song', 'i made a video', 'i made a cover', 'we made a cover', 'we did a cover', 'did a cover of', 'i wrote a song', 'i just uploaded', 'just released my', 'my new single',
  'my debut', 'my ep', 'my first ep', 'i make gaming videos', 'i make youtube videos', 'i make covers', 'i do covers',
  // a friend's or a relative's work, pushed the same way
  'my friend\'s channel', 'my friends channel', 'my brother\'s channel',
  'my sister\'s channel', 'on her channel', 'on his channel', 'started a channel', 'started a new channel', 'get my music heard',
  'get my music out there', 'i am a singer', 'im a singer', 'i\'m a singer', 'i am a rapper', 'im a rapper', 'i\'m a rapper', 'a small channel', 'my small channel', 'i wrote a book', 'my new book', 'i just posted a',
];

/**
 * A maker's channel, videos, songs or podcast, among the mentions above (English and French): a
 * short comment that is little more than one of these exists for it (engine.ts). Left out: what
 * readers name of their own in a short comment too ("Does this work on my site?", "I used it in
 * my video", "added to my playlist", "shared on my Facebook", "please check my code").
 */
export const MEDIA_MENTION_PHRASES: readonly string[] = [
  'my channel', 'our channel', 'my videos', 'hit me up', 'my rap', 'my raps', 'my remix', 'my remixes',
  'my cover', 'my covers', 'my vid', 'my vids', 'my songs', 'my track', 'my tracks', 'my beats', 'my mixtape',
  'my mixtapes', 'my vlog', 'my vlogs', 'my podcast', 'my gaming channel', 'my first song', 'new youtuber',
  'small youtuber', 'upcoming artist', 'upcoming rapper', 'aspiring rapper', 'aspiring singer', 'i make music',
  'i make videos', 'new to youtube', 'started a youtube channel', 'started my channel', 'made a channel',
  'a gaming channel', 'a music channel', 'my soundcloud', 'my bandcamp', 'i made a cover', 'we made a cover', 'we did a cover', 'did a cover of', 'i just uploaded',
  'just released my', 'my new single', 'my first ep',
  'mes vidéos', 'ma nouvelle vidéo', 'ma dernière vidéo', 'mon clip', 'mon podcast', 'ma chaîne youtube',
];

/**
 * Requests to go and look, listen or like. Alone they are how readers point at anything ("check
 * out the docs"): they count only next to a mention of the author's own work, which they turn
 * into a call to action ("Check out pivot animations in my channel").
 */
export const REQUEST_PHRASES_EN: readonly string[] = [
  'check out', 'check it out', 'check them out', 'check em out', 'checking out', 'look up',
  'search for', 'go watch', 'watch it', 'listen to', 'give it a listen', 'take a look', 'have a look',
  'would mean a lot', 'would mean the world', 'would really appreciate', 'really appreciate it', 'thumbs up',
  'share on', 'give it a like', 'leave a comment', 'support me', 'please check', 'please watch', 'please visit',
  'please listen', 'please look', 'help me reach', 'help me get to', 'would love your support', 'give me a chance',
  'give us a chance', 'give my music a chance', 'go check it', 'go check',
  // past tense reports what a reader did ("I checked out my settings"), except as a wish
  'if you checked', 'if you check', 'if you could check',
  // the openers of a plea pinned under a popular video
  'dont scroll past', 'don\'t scroll past', 'skip this comment', 'one click could', 'come say hi', 'support him', 'support her',
];

export const REQUEST_PHRASES_FR: readonly string[] = [
  'allez voir', 'jetez un œil', 'jetez un oeil', 'jette un oeil', 'jette un œil', 'écoutez', 'regardez',
  'n’hésitez pas', 'n\'hésitez pas', 'partagez', 'likez', 'un petit like', 'un pouce bleu', 'soutenez-moi',
];

/**
 * Praise of a post or a site in two words, whatever the adjective ("wonderful blog", "fabulous
 * article", "valuable info"): spun comments draw their openers from lists like these.
 */
const PRAISE_ADJECTIVES_EN = [
  'great', 'nice', 'awesome', 'amazing', 'excellent', 'wonderful', 'fantastic', 'superb', 'brilliant', 'informative',
  'helpful', 'useful', 'valuable', 'fabulous', 'terrific', 'remarkable', 'impressive', 'outstanding',
  'lovely', 'pleasant', 'marvelous', 'magnificent', 'incredible', 'good', 'fastidious', 'auspicious',
  // the machine-written comment's adjectives: it praises a post's depth it did not read
  'insightful', 'comprehensive', 'well-researched', 'well researched', 'thoughtful', 'enlightening',
];
const PRAISE_NOUNS_EN = [
  'post', 'posts', 'article', 'articles', 'blog', 'site', 'website', 'web site', 'weblog', 'read', 'write-up', 'writeup',
  'piece of writing', 'blog post', 'article post', 'content', 'information', 'info', 'page', 'webpage', 'tips', 'advice',
  'guide', 'overview', 'piece', 'breakdown', 'explanation', 'resource', 'insights',
];

/** The same praise as a sentence: "this article is nice", "your website was fastidious". */
const PRAISE_SENTENCES_EN = ['this', 'your'].flatMap((d) =>
  PRAISE_NOUNS_EN.flatMap((n) => ['is', 'was', 'is very', 'is really'].flatMap((v) => PRAISE_ADJECTIVES_EN.map((a) => `${d} ${n} ${v} ${a}`))),
);

/** Praise that fits any article: a classic opener of spam that wants its author link approved. */
export const PRAISE_PHRASES_EN: readonly string[] = [
  ...PRAISE_ADJECTIVES_EN.flatMap((a) => PRAISE_NOUNS_EN.map((n) => `${a} ${n}`)),
  ...PRAISE_SENTENCES_EN,
  'appreciate this post', 'appreciate this article', 'appreciate the post', 'appreciate the article',
  'great post', 'great article', 'great blog', 'great read', 'great content', 'great information',
  'great info', 'great work', 'great job', 'nice post', 'nice article', 'nice blog', 'nice video',
  'nice information', 'awesome post', 'awesome article', 'awesome blog', 'awesome video',
  'amazing post', 'amazing article', 'excellent post', 'excellent article', 'informative post',
  'informative article', 'thanks for sharing', 'thank you for sharing', 'thanks for this post',
  'thanks for the post', 'thanks for the information', 'thanks for the info',
  'thank you for the information', 'very informative', 'really informative', 'very helpful',
  'really helpful', 'very useful', 'useful information', 'keep up the good work',
  'keep up the great work', 'keep it up', 'well written', 'i like this post', 'i love this blog',
  'i really enjoyed reading', 'bookmarked', 'good job', 'i learned a lot', 'wonderful post',
  'this is really interesting', 'this is very interesting', 'nice one',
  // praise of the site itself, the opener of comments written for their author link
  'great site', 'great website', 'great blog post', 'nice site', 'nice website', 'nice blog post', 'good post',
  'good article', 'good blog', 'good information', 'great stuff', 'nice write up', 'nice writeup', 'great write up',
  'great writeup', 'valuable information', 'valuable info', 'helpful information', 'useful info', 'useful post',
  'helpful post', 'helpful article', 'useful article', 'informative blog', 'informative content', 'interesting post',
  'thanks for posting', 'thank you for posting', 'thanks for writing', 'thank you for writing', 'piece of writing',
  'pleasant post', 'pleasant article', 'fastidious', 'marvelous post', 'superb post', 'brilliant post',
  'your blog', 'your website', 'your web site', 'your site', 'your weblog', 'your webpage', 'this web site',
  'this weblog', 'keep writing', 'keep posting', 'keep sharing', 'write more', 'bookmark', 'bookmarking',
  'rss feed', 'your feed', 'stumbled upon', 'came across your', 'i am impressed', 'im impressed', 'enjoyed reading',
  'i will recommend', 'with my friends', 'appreciate your effort', 'appreciate your work', 'liked this article',
  'liked this post', 'keep on posting', 'keep on writing', 'could have sworn', 'delighted i found', 'your stuff',
  'wonderful goods', 'great goods', 'auspicious',
  // questions that fit any article: about the site, or asking for "more"
  'more information on this topic', 'more info on this topic', 'more on this topic', 'blog platform',
  'wordpress theme', 'web host', 'webhost', 'hosting provider', 'contact page', 'mind if i quote', 'spam problem',
  'a question for you', 'one question for you', 'more specific about', 'your viewpoint', 'after reading your article',
  // the site's looks and workings, the openers of comments written for their author link
  'off topic but', 'kind of off topic', 'kinda off topic', 'somewhat off topic', 'a bit off topic', 'quick heads up',
  'running off the screen', 'in internet explorer', 'your theme', 'this theme', 'design and layout', 'layout of your',
  'your blog loading', 'this blog loading', 'found your blog', 'found your site', 'found your website', 'found this site',
  'your rss', 'twitter group', 'facebook group', 'guest writing', 'guest authoring', 'trading links', 'link exchange',
  'exchange links', 'captcha plugin', 'spam comments', 'surfing around', 'my bookmarks', 'to my bookmarks',
  'blog post is',
  // the spun templates sent by the thousand, each phrase of them fitting any article
  'could not be written any better', 'couldn\'t be written any better', 'room mate', 'old roommate', 'previous roommate',
  'forward this article', 'forward this post', 'forward this page', 'have a good read', 'browsing online', 'worth enough for me',
  'getting your info', 'what a stuff', 'very valid points', 'i appreciate you writing', 'thanks for finally writing',
  'thanks for finally talking', 'stumbled over here', 'i like what i see', 'now i am following you', 'paranoid about losing',
  'everything i\'ve worked hard on', 'trouble with hackers', 'problems with hackers', 'issues with hackers',
  'protect against hackers', 'several weeks of hard work', 'due to no back up', 'due to no backup',
  // the author addressed as the site's "admin", and its article as "your article" (whatever it is about)
  'your article', 'your articles', 'your post', 'your posts', 'your blog posts', 'your content', 'your point of view',
  'your writing', 'thanks admin', 'thank you admin', 'dear admin', 'hello admin', 'hi admin', 'admin of this',
  'this web page', 'this webpage', 'site owners', 'website owners', 'web owners', 'blog owners', 'webmaster', 'webmasters',
  // the machine-written comment's stock sentences, which fit any article as well as the spun ones did
  'shines through', 'your expertise', 'more content like this', 'looking forward to more content',
  'looking forward to reading more', 'thanks for putting this together', 'thank you for putting this together',
  'broke down the process', 'breaking down the process', 'actionable steps', 'actionable tips', 'actionable advice',
  'actionable insights', 'valuable insights', 'great insights', 'a must-read', 'a must read', 'couldn\'t agree more with your',
  'your perspective on', 'thanks to the author', 'great point', 'great points', 'totally agree', 'really good question', 'digging the template', 'digging the theme',
  'perfect balance between', 'usability and visual appearance',
  // the same praise in the languages spam is sent in to blogs of any language
  'muy buen artículo', 'buen artículo', 'excelente artículo', 'gracias por compartir', 'toller beitrag', 'super beitrag',
  'vielen dank für den beitrag', 'ottimo articolo', 'grazie per la condivisione', 'ótimo artigo', 'obrigado por compartilhar',
  'artikel yang sangat bermanfaat', 'terima kasih atas informasinya', 'bài viết rất hay', 'cảm ơn bạn đã chia sẻ',
];

export const PRAISE_PHRASES_FR: readonly string[] = [
  'merci pour ces informations', 'merci pour cette information', 'merci pour ces infos', 'merci pour l\'info',
  'merci pour l’info', 'merci pour les infos', 'article passionnant', 'superbe article', 'très bel article',
  'merci pour cet article', 'merci pour ce partage', 'merci pour le partage', 'merci du partage',
  'merci pour ces conseils', 'super article', 'très bon article', 'bon article', 'excellent article',
  'bel article', 'article très intéressant', 'article intéressant', 'très intéressant',
  'très instructif', 'très utile', 'bravo pour cet article', 'continuez comme ça',
  'bonne continuation', 'article très complet', 'merci beaucoup pour cet article',
  // éloge du site lui-même, et questions qui vont à tout article
  'votre blog', 'votre site', 'ce blog', 'super blog', 'super site', 'très bon blog', 'très bon site',
  'article très utile', 'article très instructif', 'très bien écrit', 'bien écrit', 'merci pour le partage de',
  'je vais partager', 'je partage sur mes réseaux', 'je partage sur les réseaux', 'partagé sur mes réseaux', 'en favoris',
  'je reviendrai', 'continuez ainsi', 'plus d’informations sur ce sujet',
  'plus d\'informations sur ce sujet',
  'votre article', 'vos articles', 'votre contenu', 'votre point de vue', 'cher admin', 'merci admin', 'webmaster',
];

/** Words that make an author name read as a business rather than a person. */
export const COMMERCIAL_NAME_WORDS: readonly string[] = [
  'seo', 'shop', 'store', 'boutique', 'buy', 'cheap', 'discount', 'deals', 'deal', 'sale', 'sales',
  'casino', 'poker', 'bet', 'loan', 'loans', 'credit', 'crédit', 'insurance', 'assurance', 'agency',
  'agence', 'marketing', 'online', 'digital', 'web', 'services', 'service', 'solutions', 'consulting',
  'pharmacy', 'pills', 'replica', 'escort', 'dating', 'rencontre', 'voyance', 'promo', 'pas cher',
  'immobilier', 'travel', 'hotel', 'forex', 'crypto', 'bitcoin', 'traffic', 'followers', 'official',
  'ltd', 'inc', 'llc', 'sarl', 'sas', 'company', 'entreprise', 'media', 'studio', 'tv',
  'formation', 'emploi', 'jobs', 'recrutement', 'rachat', 'prêt', 'devis',
  'plombier', 'serrurier', 'dépannage', 'avocat', 'lawyer', 'dentist', 'clinic', 'repair',
  // who sells help by the call: a desk, a helpline, an assistant, experts
  'helpdesk', 'desk', 'helpline', 'hotline', 'support', 'assistance', 'assistant', 'experts', 'expert',
  'technician', 'technicians', 'customer', 'booking', 'bookings', 'reservations', 'tickets', 'flights',
  // a category of goods or trade rather than a person: "Kitchen Remodeling Tips", "Best Dog Training"
  'remodeling', 'renovation', 'rénovation', 'plumbing', 'roofing', 'cleaning', 'nettoyage', 'movers', 'packers',
  'déménagement', 'locksmith', 'hvac', 'flooring', 'landscaping', 'contractors', 'construction', 'plumber', 'plumbers',
  'electrician', 'electricians', 'roofer', 'roofers', 'near me', 'removal', 'salon', 'planners', 'realtor', 'realtors',
  'realty', 'mortgage', 'payday', 'lender', 'attorney', 'attorneys', 'injury', 'dentistry', 'rehab',
  'detox', 'cbd', 'vape', 'kratom', 'steroids', 'supplements', 'pharma', 'pharmacie', 'skincare', 'cosmetics',
  'jewelry', 'jewellery', 'bijoux', 'furniture', 'meubles', 'wholesale', 'supplier', 'suppliers', 'manufacturer',
  'fabricant', 'grossiste', 'outlet', 'coupon', 'coupons', 'promo', 'essay', 'essays', 'homework', 'tutoring', 'assignment',
  'assignments', 'dissertation',
  'hosting', 'vpn', 'proxy', 'proxies', 'apk', 'download', 'downloads', 'streaming', 'movies', 'escorts', 'massage',
  'tattoo', 'wedding', 'limo', 'limousine', 'rental', 'rentals', 'visa', 'immigration', 'photographer',
  // trips and rooms sold by the place: "Kyoto Private Tours", "Bali Villas", "Machu Picchu Trek"
  'hotels', 'tours', 'villas', 'resort', 'resorts', 'safari', 'safaris', 'trek', 'treks', 'trekking', 'cruises',
  'holidays', 'excursions', 'travels', 'apartments', 'academy', 'software', 'courses', 'institute', 'coaching', 'classes', 'traiteur',
  'training', 'placement', 'placements', 'iptv',
  // the crafts that sign with their trade and their family: "Paysagiste Dupont & Fils"
  'paysagiste', 'menuisier', 'menuiserie', 'électricien', 'couvreur', 'chauffagiste', 'maçonnerie', 'carrelage',
  'toiture', 'élagage', 'ramonage', 'vitrier', 'fils', 'gîtes', 'gîte', 'garage', 'location',
  'logiciel', 'croquettes',
  'photography', 'printing', 'reviews', 'tips', 'pvt', 'gmbh', 'limited', 'corp', 'softwares', 'technologies', 'infotech',
  // the dating offer as a name: "Hot Russian Brides", "Lovely Czech Girls", "Sexy Singles"
  'brides', 'girls', 'women', 'singles', 'sexy',
];
