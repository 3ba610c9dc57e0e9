// Link farms' pingbacks and names that are a link's label: what a real WordPress site's Spam
// folder fills with, and the genuine pingbacks and readers beside them.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';
import type { FlagContext, FlagInput } from '../../../shared/types';

const engine = createFlagEngine();
const newSource: FlagContext = { approvedByAuthor: 0, spamByEmail: 0, spamByIp: 0, sameText: 0, knownPingbackSource: false, siteLanguage: 'en', siteHost: 'pain-maison.example' };
const knownSource: FlagContext = { ...newSource, knownPingbackSource: true };
const codes = (input: FlagInput, ctx: FlagContext = newSource) => engine.check(input, ctx).flags.map((f) => f.code);

describe('pingbacks and trackbacks from link farms', () => {
  it('calls likely spam an excerpt that only says more is to be found elsewhere, with the phrase as the reason', () => {
    const farms: FlagInput[] = [
      { type: 'pingback', author_name: 'Homepage', author_url: 'http://qzkvbt.example/?p=4821', content: '[&#8230;]Read More Infos here: pain-maison.example/levain/ [&#8230;]' },
      { type: 'pingback', author_name: 'Natural bread recipes', author_url: 'http://recettes-top.example/list', content: '[&#8230;]Here are some of the sites we recommend for our visitors[&#8230;]' },
      { type: 'trackback', author_name: 'Title', author_url: 'http://farm.example/', content: '[&#8230;]the time to read or visit the content or sites we have linked to below the[&#8230;]' },
      { type: 'pingback', author_name: 'URL', author_url: 'http://links.example/', content: '[&#8230;]Here you can find 48264 additional Information on that Topic: pain-maison.example/levain [&#8230;]' },
    ];
    for (const input of farms) {
      const r = engine.check(input, newSource);
      expect(r.likelySpam, input.content).toBe(true);
      expect(r.flags.map((f) => f.code), input.content).toContain('pingback-template');
    }
    const r = engine.check(farms[0]!, newSource);
    expect(r.flags.find((f) => f.code === 'pingback-template')?.reason).toBe('A link farm’s words in the excerpt (“read more infos”)');
    expect(r.flags.find((f) => f.code === 'author-placeholder-name')?.reason).toBe('The author’s name is a link’s label, not a person’s (“homepage”)');
  });

  it('leaves a genuine pingback’s excerpt alone, and a known source’s pingback under the threshold', () => {
    const genuine: FlagInput = {
      type: 'pingback',
      author_name: 'Mes essais de levain, semaine 3 – Le fournil de Paul',
      author_url: 'https://fournil-de-paul.example/levain-semaine-3/',
      content: '[&#8230;] la méthode de pain-maison pour rafraîchir le levain, que j’ai suivie à la lettre [&#8230;]',
    };
    expect(codes(genuine)).not.toContain('pingback-template');
    expect(codes(genuine)).not.toContain('author-placeholder-name');
    expect(engine.check(genuine, knownSource).likelySpam).toBe(false);
  });

  it('reads the phrases in pingbacks only: a reader may write them in a comment', () => {
    const reader: FlagInput = { author_name: 'Claire', content: 'I keep a list of the sites we recommend to new bakers on the club’s page; this one is on it now.' };
    expect(codes(reader)).not.toContain('pingback-template');
  });
});

describe('an author name that is a link’s label', () => {
  it('flags "Click here", "Homepage" or "Lire la suite" as a name, in English and French', () => {
    for (const author_name of ['Click here', 'Homepage', 'my website', 'Lire la suite', 'Mon site', 'En savoir plus !']) {
      expect(codes({ author_name, author_url: 'https://somewhere.example/', content: 'Nice article, thanks.' }), author_name).toContain('author-placeholder-name');
    }
    const r = engine.check({ author_name: 'Click here', author_url: 'https://somewhere.example/', content: 'Great post, bookmarked!' }, newSource);
    expect(r.likelySpam).toBe(true);
  });

  it('leaves alone readers who keep their name to themselves, and names that only contain such a word', () => {
    for (const author_name of ['Anonymous', 'Guest', 'Visitor', 'Anonyme', 'Paul Link', 'Source of the Loire fan club', 'Julie (my blog is below)']) {
      expect(codes({ author_name, content: 'Merci pour la recette.' }), author_name).not.toContain('author-placeholder-name');
    }
  });
});

describe('a scraper’s excerpt that is only a label and the copied page’s title', () => {
  it('calls it likely spam, the label as the reason, in English and French', () => {
    for (const input of [
      { type: 'pingback', author_name: 'How to Prune Hydrangeas | Garden Daily', author_url: 'https://gardendaily-news.example/2021/03/prune-hydrangeas/', content: '[…] Source: How to Prune Hydrangeas Without Losing Next Year’s Blooms […]' },
      { type: 'pingback', author_name: 'Recettes Gourmandes Actu', author_url: 'https://recettes-actu.example/tarte/', content: '[…] Lire la suite : Tarte aux pommes à l’ancienne […]' },
    ] satisfies FlagInput[]) {
      const r = engine.check(input, newSource);
      expect(r.flags.find((f) => f.code === 'pingback-template'), input.content).toBeDefined();
      expect(r.likelySpam, input.content).toBe(true);
    }
  });

  it('leaves a blogger’s pingback alone that quotes their own words', () => {
    const r = engine.check({ type: 'pingback', author_name: 'Week 12 – Muddy Boots Diary', author_url: 'https://muddybootsdiary.example/week-12', content: '[…] I followed the advice in this post about watering tomatoes, and the source of my trouble was the pot […]' }, newSource);
    expect(r.flags.some((f) => f.code === 'pingback-template')).toBe(false);
  });
});

describe('who signs a pingback: the linking site, not its post’s title', () => {
  it('leaves alone a blog’s post about what this one writes of, and a site named by its own address', () => {
    for (const input of [
      { type: 'pingback', author_name: 'Release notes: tidepool 3.2 adds streaming mode &#8211; LWN.net', author_url: 'https://lwn.net/Articles/981243/', content: '[&#8230;] The announcement describes the new streaming mode as the biggest change since the rewrite [&#8230;]' },
      { type: 'pingback', author_name: 'Rénovation de la longère, épisode 12 : l’enduit chaux-chanvre | Notre longère dans le Finistère', author_url: 'https://notrelongere-finistere.blogspot.com/2023/10/episode-12.html', content: '[…] on s’est inspirés de ce tuto sur les enduits à la chaux […]' },
      { type: 'pingback', author_name: 'Week 12 in my allotment – Muddy Boots Diary', author_url: 'https://muddybootsdiary.example/2024/06/week-12', content: '[…] I followed the advice in this post about watering tomatoes […]' },
    ] satisfies FlagInput[]) {
      const r = engine.check(input, newSource);
      expect(r.flags.filter((f) => f.kind === 'author-commercial' || f.kind === 'author-url-name').filter((f) => f.weight > 0), input.author_name).toEqual([]);
      expect(r.likelySpam, input.author_name).toBe(false);
    }
  });

  it('reads a business in the site’s name, and a content farm’s ranking of the year in the title', () => {
    expect(codes({ type: 'pingback', author_name: 'How to choose a mattress | Cheap Mattress Outlet Deals', author_url: 'https://cheapmattressoutletdeals.example/choose', content: '[…] a good mattress lasts ten years […]' })).toContain('author-commercial-website');
    for (const author_name of ['Best Pressure Washers 2024 – Top 10 Reviewed', 'Top 10 Budget Tips You Need in 2024 – NewsHub Daily', 'Les 10 meilleurs robots cuiseurs en 2023 | Cuisine Avis']) {
      const r = engine.check({ type: 'pingback', author_name, author_url: 'https://rankings.example/post/', content: '[…] many readers turn to guides like this one […]' }, newSource);
      expect(r.likelySpam, author_name).toBe(true);
    }
    // A blogger's own list says whose it is.
    expect(engine.check({ type: 'pingback', author_name: 'My top 10 books of 2023 – Reading in Bed', author_url: 'https://readinginbed.example/2023/12/top-10/', content: '[…] her review convinced me to read it […]' }, newSource).likelySpam).toBe(false);
  });

  it('calls likely spam a copied feed’s footer, in English and French', () => {
    for (const content of [
      '[&#8230;] How to Build an Emergency Fund Fast The post How to Build an Emergency Fund Fast appeared first on FinanceBuzz. [&#8230;]',
      '[…] La préfecture a pris un nouvel arrêté de fermeture. L’article Algues vertes : nouvelle fermeture est apparu en premier sur Actu Infos. […]',
    ]) {
      const r = engine.check({ type: 'pingback', author_name: 'Daily news', author_url: 'https://newsfeed.example/x/', content }, newSource);
      expect(r.flags.map((f) => f.code), content).toContain('pingback-template');
      expect(r.likelySpam, content).toBe(true);
    }
  });
});

describe('links in a pingback’s excerpt', () => {
  it('are the linking blogger’s sources, not counted against it', () => {
    const r = engine.check({ type: 'pingback', author_name: 'The post-mortem – Lilywhite Ramblings', author_url: 'https://lilywhiteramblings.example/2023/03/27/post-mortem/', content: '[&#8230;] Over at <a href="https://northlondonterrace.example/">North London Terrace</a> they have already written the tactical side, so I will stick to the mood [&#8230;]' }, newSource);
    expect(r.flags.map((f) => f.code)).not.toContain('link');
    expect(r.likelySpam).toBe(false);
  });

  it('unless the excerpt is hardly more than a link', () => {
    const r = engine.check({ type: 'pingback', author_name: 'Daily Wire – News Aggregator', author_url: 'http://daily-wire.example/?p=88213', content: '[&#8230;] https://www.daily-wire.example/ [&#8230;]' }, newSource);
    expect(r.likelySpam).toBe(true);
  });
});

describe('a blog that calls itself one', () => {
  it('writes about shops without being one', () => {
    const r = engine.check({ type: 'pingback', author_name: 'Small Biz Saturday: 5 Reads Worth Your Time | The Corner Shop Blog', author_url: 'https://cornershopblog.example/2018/11/small-biz-saturday-reads/', content: '[…] this piece on a one-page marketing plan is the one I send to every new shop owner […]' }, newSource);
    expect(r.flags.map((f) => f.code)).not.toContain('author-commercial-name');
    expect(r.likelySpam).toBe(false);
  });
});

describe('a pingback whose excerpt is only its page’s title', () => {
  it('is a scraper’s page, likely spam', () => {
    const r = engine.check({ type: 'pingback', author_name: 'Debian server tips &#8211; Linux Admin News', author_url: 'http://linuxadminnews.example/debian-server-tips/', content: '[&#8230;] Debian server tips [&#8230;]' }, newSource);
    expect(r.flags.map((f) => f.code)).toContain('pingback-template');
    expect(r.likelySpam).toBe(true);
  });

  it('leaves alone an excerpt that says more than the title', () => {
    const r = engine.check({ type: 'pingback', author_name: 'Debian server tips &#8211; Ana’s notes', author_url: 'https://ananotes.example/debian/', content: '[&#8230;] Debian server tips: I followed this guide to harden SSH on my home server [&#8230;]' }, newSource);
    expect(r.flags.map((f) => f.code)).not.toContain('pingback-template');
  });
});

describe('a blog’s pingback from its post’s address', () => {
  it('reads no short word of trade in the post’s slug, and signing as its own site is what every pingback does', () => {
    const r = engine.check({ type: 'pingback', author_name: 'The Cartridge Closet', author_url: 'https://thecartridgecloset.blogspot.com/2021/02/fixing-my-n64-jumper-pak-slot.html', content: '[&#8230;] Credit where due: I would never have opened this thing up without the teardown over at this blog [&#8230;]' }, newSource);
    expect(r.flags.map((f) => f.code)).not.toContain('author-site-trade');
    expect(r.likelySpam).toBe(false);
  });

  it('still reads a trade’s stem in the slug, and short words of trade in the site’s own name', () => {
    expect(codes({ type: 'pingback', author_name: 'Buy Cialis Online', author_url: 'https://pharma-news.example/buy-cialis-online/', content: '[…] more here […]' })).toContain('author-site-trade');
    expect(codes({ type: 'pingback', author_name: 'Slot Bonus Daily', author_url: 'https://slot-bonus-daily.example/post-1/', content: '[…] more here […]' })).toContain('author-site-trade');
  });
});

describe('a French scraper’s "Article original :"', () => {
  it('is a label and the copied title: a link farm’s', () => {
    expect(codes({ type: 'pingback', author_name: 'Running et Santé – Actus du Jour', author_url: 'http://running-actus.example/plan-semi/', content: '[&#8230;] Article original : Plan d’entraînement semi-marathon en 12 semaines [&#8230;]' })).toContain('pingback-template');
  });
});

describe('a pingback from a blog its writer calls their own (a set written apart from the rules)', () => {
  it('does not read "my photography blog" as a business', () => {
    const r = createFlagEngine().check(
      { type: 'pingback', author_name: 'Lightroom or Aperture, a year later | my photography blog', author_url: 'https://www.riverlight.example/2013/03/lightroom-or-aperture/', content: '[&#8230;] I wrote about my first impressions of the switch back here, and most of it still stands, except for the export presets [&#8230;]' },
      { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' },
    );
    expect(r.flags.some((f) => f.code === 'author-commercial-name')).toBe(false);
    expect(r.likelySpam).toBe(false);
  });
});

describe('a pingback from a site on a top-level domain link farms favour (sets written apart from the rules)', () => {
  const judged = (author_name: string, author_url: string) =>
    createFlagEngine().check(
      { type: 'pingback', author_name, author_url, content: '[&#8230;] Light roasts are denser and need a finer grind than you would think; start two steps finer and taste before changing the dose [&#8230;]' },
      { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' },
    );

  it('is a look more, with its reason, and likely spam from a site never seen before', () => {
    const r = judged('Dialing in a light roast – Coffee News Daily', 'https://coffeenewsdaily.xyz/2024/03/dialing-in-a-light-roast/');
    expect(r.flags.find((f) => f.code === 'pingback-farm-domain')?.reason).toBe('A ping from a site on a top-level domain link farms favour (.xyz: coffeenewsdaily.xyz)');
    expect(r.likelySpam).toBe(true);
  });

  it('leaves a blogger’s pingback from an ordinary domain as it was', () => {
    const r = judged('Dialing in a light roast – Slow Drip Notes', 'https://slowdripnotes.example/2024/03/dialing-in-a-light-roast/');
    expect(r.flags.some((f) => f.code === 'pingback-farm-domain')).toBe(false);
    expect(r.likelySpam).toBe(false);
  });
});
