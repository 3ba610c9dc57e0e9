// The language check on a fresh install (issue 12): before the site's model has learned the
// languages of its approved comments, a comment is judged against the language WordPress states
// for the site. Comments written for these tests, in the kinds real blogs receive.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';
import { languageOfLocale } from '../../../shared/flags/language';
import { mostlyNonLatin, otherScript } from '../../../shared/flags/scripts';
import { createSpamModel } from '../../../shared/spam';
import type { FlagContext, FlagResult } from '../../../shared/types';

const engine = createFlagEngine();
const onSite = (siteLanguage?: string): FlagContext => ({ ...UNKNOWN_AUTHOR_CONTEXT, ...(siteLanguage ? { siteLanguage } : {}) });
const language = (r: FlagResult) => r.flags.find((f) => f.kind === 'language');

const FRENCH_ENQUIRY = 'Bonjour, je voudrais connaître le prix de votre abonnement annuel et les délais de livraison pour la Belgique.';
const FRENCH_THANKS = 'Merci pour cet article, très utile pour mon projet de fin d’études.';
const ENGLISH_QUESTION = 'Thanks for the tutorial, the part about merging data frames finally made sense to me.';

describe('the site’s language on a fresh install', () => {
  it('flags a French comment on an English site, with its reason, as worth a look but not spam on its own', () => {
    const r = engine.check({ content: FRENCH_ENQUIRY }, onSite('eng'));
    const flag = language(r);
    expect(flag?.code).toBe('foreign-language-site');
    expect(flag?.params).toEqual({ language: 'fra', siteLanguage: 'eng' });
    expect(flag?.reason).toBe('Not in English, this site’s language (it reads like French)');
    expect(flag!.weight).toBeGreaterThan(0);
    expect(r.likelySpam).toBe(false);
  });

  it('does not flag French on a French site, and flags English there', () => {
    expect(language(engine.check({ content: FRENCH_ENQUIRY }, onSite('fra')))).toBeUndefined();
    expect(language(engine.check({ content: FRENCH_THANKS }, onSite('fra')))).toBeUndefined();
    expect(language(engine.check({ content: ENGLISH_QUESTION }, onSite('fra')))?.params).toEqual({ language: 'eng', siteLanguage: 'fra' });
  });

  it('does not flag the site’s own language', () => {
    expect(language(engine.check({ content: ENGLISH_QUESTION }, onSite('eng')))).toBeUndefined();
    const reply = 'I got the same KeyError on the last cell, upgrading pandas to the latest version fixed it for me.';
    expect(language(engine.check({ content: reply }, onSite('eng')))).toBeUndefined();
  });

  it('judges nothing when the site’s language is unknown', () => {
    expect(language(engine.check({ content: FRENCH_ENQUIRY }, onSite()))).toBeUndefined();
    expect(language(engine.check({ content: FRENCH_ENQUIRY }))).toBeUndefined();
  });

  it('does not judge the language of pasted code or of a bare address', () => {
    const code = "df['total'] = df.groupby(['region'])['sales'].transform(sum); print(df.head(10))  # KeyError: 'region'";
    expect(language(engine.check({ content: code }, onSite('eng')))).toBeUndefined();
    const link = 'https://www.facebook.com/pages/Komedi-burda-gel/775510675841486?ref=hl';
    expect(language(engine.check({ content: link }, onSite('eng')))).toBeUndefined();
  });

  it('takes a comment in another script than the site’s for likely spam, and one in another Latin-script language for a look', () => {
    const russian = 'Привет всем! Хорошие новости: лучшие онлайн-казино с бонусами без депозита ждут вас на нашем сайте.';
    const chinese = '这篇文章写得非常好，我从中学到了很多东西，谢谢作者的分享，希望以后还能看到更多这样的好文章。';
    for (const content of [russian, chinese]) {
      const r = engine.check({ content }, onSite('eng'));
      expect(language(r)?.code, content).toBe('foreign-language-site');
      expect(r.likelySpam, content).toBe(true);
    }
    // Chinese counts few "words" (no spaces between them): its length still has it judged.
    expect(language(engine.check({ content: chinese }, onSite('eng')))?.params).toEqual({ language: 'cmn', siteLanguage: 'eng' });
    const spanish = engine.check({ content: 'Hola, muy buen artículo, me ayudó mucho con mi proyecto de la universidad.' }, onSite('eng'));
    expect(language(spanish)?.params).toEqual({ language: 'spa', siteLanguage: 'eng' });
    expect(spanish.likelySpam).toBe(false);
    // Short as it may be: a price enquiry in Russian or Greek is told by its script.
    for (const content of ['Привет, я хотел узнать вашу цену.', 'Γεια σας, ήθελα να μάθω την τιμή σας.']) {
      const r = engine.check({ content }, onSite('eng'));
      expect(language(r)?.weight, content).toBe(3.5);
      expect(r.likelySpam, content).toBe(true);
    }
    // A word or two is nothing, and a short text in Latin letters on a Russian site is how many readers write.
    expect(language(engine.check({ content: 'Спасибо!' }, onSite('eng')))).toBeUndefined();
    expect(engine.check({ content: 'PSY - GANGNAM STYLE (강남스타일) M/V' }, onSite('eng')).likelySpam).toBe(false);
    // Ornaments borrowed from other scripts and full-width capitals are no text in another script.
    expect(mostlyNonLatin('▬▬ஜ۩۞۩ஜ▬▬ ＤＡＭＮ ＴＨＩＳ ＣＯＭＭＥＮＴ ▬▬ஜ۩۞۩ஜ▬▬')).toBe(false);
    expect(mostlyNonLatin('Привет, хочу узнать цену')).toBe(true);
    // Both ways, and never for languages written in both alphabets (Serbian).
    expect(otherScript('eng', ['rus'])).toBe(true);
    expect(otherScript('rus', ['eng', 'fra'])).toBe(true);
    expect(otherScript('rus', ['eng', 'ukr'])).toBe(false);
    expect(otherScript('srp', ['eng'])).toBe(false);
    // franc-min names Sorani ("ckb") and Malay ("zlm") for text in Latin letters too.
    expect(otherScript('ckb', ['eng'])).toBe(false);
    expect(otherScript('zlm', ['eng'])).toBe(false);
  });

  it('adds to other signals: short generic praise in a language the site does not use, from an author advertising a website, is likely spam', () => {
    const praise = { content: 'Très bon article, merci pour le partage, je reviendrai sûrement lire la suite !', author_name: 'Julie' };
    const advertised = { ...praise, author_url: 'https://www.credit-rapide-pro.example/' };
    const onEnglish = engine.check(advertised, onSite('eng'));
    expect(language(onEnglish)?.code).toBe('foreign-language-site');
    expect(onEnglish.likelySpam).toBe(true);
    // With nothing else against it, a reader from abroad thanking in French is a look, not a
    // verdict: the notes of a first comment and of thanks do not make it one.
    const reader = engine.check(praise, onSite('eng'));
    expect(language(reader)?.code).toBe('foreign-language-site');
    expect(reader.flags.some((f) => f.weight > 0 && !f.note)).toBe(true);
    expect(reader.likelySpam).toBe(false);
    expect(engine.check(praise, onSite('fra')).flags.some((f) => f.weight > 0 && !f.note)).toBe(false);
    const another = engine.check({ content: 'Super article, merci ! Je l’ai partagé avec mes collègues.', author_name: 'Marie' }, onSite('eng'));
    expect(another.likelySpam).toBe(false);
  });

  it('uses the stated language while the site’s model is still learning, and the learned languages after', () => {
    const model = createSpamModel();
    expect(language(engine.check({ content: FRENCH_ENQUIRY }, onSite('eng'), model))?.code).toBe('foreign-language-site');
    // A site whose readers write in French although WordPress says English: its comments win.
    const french = [
      'Merci pour ce tutoriel, la partie sur les jointures est enfin claire pour moi.',
      'Est-ce que la même méthode fonctionne avec une base PostgreSQL ou seulement MySQL ?',
      'J’ai testé votre astuce sur mon vieux portable et ça marche très bien, merci !',
      'Je ne suis pas d’accord avec la conclusion, mais l’analyse est intéressante et bien écrite.',
    ];
    for (let i = 0; i < 30; i++) model.learn({ content: french[i % french.length]! }, 'ham');
    expect(language(engine.check({ content: FRENCH_ENQUIRY }, onSite('eng'), model))).toBeUndefined();
  });
});

describe('the stated language against the first approved comments', () => {
  const french = [
    'Merci pour ce tutoriel, la partie sur les jointures est enfin claire pour moi.',
    'Est-ce que la même méthode fonctionne avec une base PostgreSQL ou seulement MySQL ?',
    'J’ai testé votre astuce sur mon vieux portable et ça marche très bien, merci !',
    'Je ne suis pas d’accord avec la conclusion, mais l’analyse est intéressante et bien écrite.',
  ];

  it('a French blog whose WordPress says English: a few French approved comments outvote it', () => {
    const model = createSpamModel();
    for (const content of french) model.learn({ content }, 'ham');
    expect(model.languages()).toBeNull(); // too few to name the site's languages yet
    expect(language(engine.check({ content: FRENCH_ENQUIRY }, onSite('eng'), model))).toBeUndefined();
  });

  it('one or two approved comments are not enough to outvote it', () => {
    const model = createSpamModel();
    model.learn({ content: french[0]! }, 'ham');
    expect(language(engine.check({ content: FRENCH_ENQUIRY }, onSite('eng'), model))?.code).toBe('foreign-language-site');
  });
});

describe('a WordPress locale as a language', () => {
  it('reads the language part of the locale', () => {
    expect(languageOfLocale('en_US')).toBe('eng');
    expect(languageOfLocale('en_GB')).toBe('eng');
    expect(languageOfLocale('fr_FR')).toBe('fra');
    expect(languageOfLocale('de_CH_informal')).toBe('deu');
    expect(languageOfLocale('pt_BR')).toBe('por');
    expect(languageOfLocale('ja')).toBe('jpn');
  });

  it('knows no language the detector cannot tell, and none for an empty or odd value', () => {
    expect(languageOfLocale('da_DK')).toBeNull();
    expect(languageOfLocale('ca')).toBeNull();
    expect(languageOfLocale('')).toBeNull();
    expect(languageOfLocale(null)).toBeNull();
    expect(languageOfLocale('not a locale')).toBeNull();
  });
});

describe('a price enquiry in a language the site does not use', () => {
  const price = (r: FlagResult) => r.flags.find((f) => f.code === 'foreign-price-enquiry');
  const enquiries = [
    'Kaixo, zure prezioa jakin nahi nuen.',
    'Sveiki, es gribēju uzzināt jūsu cenu.',
    'Hallo, ik wou graag jullie prijs weten.',
    'Merhaba, fiyatınızı öğrenmek istedim.',
    'Salut, aș vrea să știu prețul dumneavoastră.',
    // Languages franc-min cannot name, or whose word for "price" means something else nearby: the word or the phrase tells.
    'Hæ, ég vildi vita verð þitt.',
    'Dia duit, theastaigh uaim do phraghas a fháil.',
    'Helo, roeddwn i eisiau gwybod eich pris.',
    'Përshëndetje, doja të di çmimin tuaj.',
    'Hallo, ek wou jou prys ken.',
    'Pozdravljeni, želel sem vedeti vašo ceno.',
    'Sawubona, bengifuna ukwazi intengo yakho.',
    'Habari, nilitaka kujua bei yako.',
    'Hej, jeg ønskede at kende din pris.',
    'გამარჯობა, მინდოდა ვიცოდე თქვენი ფასი.',
    'Բարեւ, ես ուզում էի իմանալ ձեր գինը.',
    // Too short to be judged by its script alone.
    'היי, רציתי לדעת את המחיר שלך.',
  ];

  it('is likely spam on an English site, short as it is, with the word it asked with', () => {
    for (const content of enquiries) {
      const r = engine.check({ content, author_name: 'Kelly' }, onSite('eng'));
      expect(price(r), content).toBeDefined();
      expect(r.likelySpam, content).toBe(true);
    }
    expect(price(engine.check({ content: enquiries[0]! }, onSite('eng')))?.reason).toBe('Asks for a price (“prezioa”) in a language this site does not use');
  });

  it('is a reader’s question on a site in that language', () => {
    const spanish = 'Hola, ¿cuál es el precio del curso completo?';
    expect(price(engine.check({ content: spanish }, onSite('spa')))).toBeUndefined();
    expect(engine.check({ content: spanish }, onSite('spa')).likelySpam).toBe(false);
    expect(price(engine.check({ content: spanish }, onSite('eng')))).toBeDefined();
    expect(engine.check({ content: 'Hej, jeg ønskede at kende din pris.' }, onSite('dan')).likelySpam).toBe(false);
    // Words of those lists that mean something else in a site's own language are not read as one.
    expect(price(engine.check({ content: 'Stasera ceno fuori con gli amici, grazie del consiglio.' }, onSite('ita')))).toBeUndefined();
    expect(price(engine.check({ content: 'J’ai pris le train de nuit pour Venise, super conseil.' }, onSite('fra')))).toBeUndefined();
  });

  it('is not judged when the site’s language is unknown, nor in a long comment with much else to say', () => {
    expect(price(engine.check({ content: enquiries[0]! }, onSite()))).toBeUndefined();
    const long =
      'Ich habe die Anleitung Schritt für Schritt befolgt und alles hat funktioniert, nur beim Export nach Excel gab es Probleme mit den Umlauten. Der Preis der Software ist für Studenten leider etwas hoch, gibt es eine kostenlose Alternative?';
    expect(price(engine.check({ content: long }, onSite('eng')))).toBeUndefined();
  });
});
