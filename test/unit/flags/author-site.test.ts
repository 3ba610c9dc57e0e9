// What the author's website address says (issue 12): the trade its name is made of, and a
// referral code in place of a reader's own site. Comments, names and addresses written for these
// tests in the kinds WordPress queues receive, English and French, with the readers' own sites
// that must not be held against them.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';
import { readAuthorSite, tradeWordsWeight } from '../../../shared/flags/author-site';
import { hostOf } from '../../../shared/flags/links';
import type { FlagInput } from '../../../shared/types';

const engine = createFlagEngine();
const check = (input: FlagInput) => engine.check(input, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' });
const flag = (input: FlagInput, code: string) => check(input).flags.find((f) => f.code === code);
const read = (url: string) => readAuthorSite(url, hostOf(url)!);

describe('the trade in an author’s website address', () => {
  it('finds trade words in the site’s name, joined or hyphenated, and in its path', () => {
    expect(read('http://bestpaydayloans.top/').words).toEqual(['payday', 'loans']);
    expect(read('https://cheap-flights-deal.net').words).toEqual(['cheap', 'deal']);
    expect(read('https://www.example.org/buy-cialis-online/').words).toEqual(['buy', 'cialis']);
    expect(read('https://agence-seo-lyon.fr').words).toEqual(['agence', 'seo']);
  });

  it('weighs a gambling, drug or sex trade alone as two ordinary trade words', () => {
    const comment = 'I tried the recipe with oat milk and it worked fine, thanks.';
    expect(flag({ content: comment, author_name: 'Paul', author_url: 'https://casino-en-ligne-fiable.example' }, 'author-site-trade')?.weight).toBe(3);
    expect(flag({ content: comment, author_name: 'Paul', author_url: 'https://paul-deals.example' }, 'author-site-trade')?.weight).toBe(2);
    // Still a look when the comment says something of its own.
    expect(check({ content: comment, author_name: 'Paul', author_url: 'https://casino-en-ligne-fiable.example' }).likelySpam).toBe(false);
  });

  it('reads a shop’s top-level domain as its trade, not a club’s', () => {
    expect(read('https://velvetory.shop/').words).toEqual(['.shop']);
    expect(read('https://bright-deals.store/').words).toEqual(['deals', '.store']);
    expect(read('https://chess-friends.club/').words).toEqual([]);
  });

  it('reads nothing into the sites readers sign with', () => {
    for (const url of [
      'https://annaschmidt.dev',
      'https://mariatravels.blog/about',
      'https://github.com/tomdev',
      'https://claire-cuisine.fr',
      'https://medium.com/@ravi/how-i-learned-pandas-3f2a',
      'https://www.linkedin.com/in/jean-dupont-1234/',
      'https://investigative-notes.org',
      'https://accredited-translator.eu',
      'https://updating-my-garden.blogspot.com',
      'https://www.statistician-online.com/1-data-management/',
      'https://kognitio.com/blog/sentiment-analysis-amazon-reviews-pt1/',
    ]) {
      expect(read(url), url).toEqual({ words: [], referral: false, page: false });
    }
  });

  it('makes short generic praise from such a site likely spam, with its reason', () => {
    const input = { content: 'Wow, that is what I was looking for, thanks admin of this web page.', author_name: 'Alfie', author_url: 'http://bestpaydayloans.top' };
    const f = flag(input, 'author-site-trade');
    expect(f?.reason).toBe('The author’s website reads like a trade (“payday”, “loans” in bestpaydayloans.top)');
    expect(check(input).likelySpam).toBe(true);
  });

  it('makes long spun praise from such a site likely spam: it talks of the site’s owners, not of the post', () => {
    const input = {
      content:
        'I have been browsing the web for more than three hours today, and yet I never found an article as interesting as yours. It is well worth it for me. In my view, if all site owners and bloggers wrote good content as you did, the internet would be far more useful than ever.',
      author_name: 'Margarette',
      author_url: 'http://onlinecasino-bonus.info/',
    };
    expect(check(input).likelySpam).toBe(true);
  });

  it('is a look, not a verdict, when the comment says something of its own', () => {
    const input = {
      content: 'The second query fails on MySQL 5.7 because window functions only arrived in 8.0; a subquery works there.',
      author_name: 'Paul',
      author_url: 'https://paul-roofing.example',
    };
    expect(flag(input, 'author-site-trade')?.params?.words).toEqual(['roofing']);
    expect(check(input).likelySpam).toBe(false);
  });

  it('says the same on a French site', () => {
    const input = { content: 'Merci pour votre article, très utile !', author_name: 'Julie', author_url: 'https://credit-pas-cher-rapide.fr' };
    const onFrenchSite = engine.check(input, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' });
    expect(onFrenchSite.flags.map((f) => f.code)).not.toContain('foreign-language-site');
    expect(onFrenchSite.likelySpam).toBe(true);
    expect(onFrenchSite.flags.find((f) => f.code === 'author-site-trade')?.reason).toBe('The author’s website reads like a trade (“credit”, “pascher” in credit-pas-cher-rapide.fr)');
  });
});

describe('a referral link in place of the author’s website', () => {
  it('is read from the query or the path', () => {
    expect(read('https://accounts.exchange.example/en/register?ref=X7Q2LM').referral).toBe(true);
    expect(read('https://www.exchange.example/join?lang=en&invite_code=ABCD').referral).toBe(true);
    expect(read('https://app.example.com/ref/jdoe42').referral).toBe(true);
    expect(read('https://blog.example.com/post?id=12&utm_source=feed').referral).toBe(false);
    expect(read('https://www.example.com/referral-programs-explained').referral).toBe(false);
  });

  it('makes a generic question about "your article" likely spam, with its reason', () => {
    const input = {
      content: 'Your point of view caught my eye and was very interesting. Thanks. I have a question for you.',
      author_name: 'Create Account',
      author_url: 'https://accounts.exchange.example/en/register?ref=X7Q2LM',
    };
    const r = check(input);
    expect(r.flags.find((f) => f.code === 'author-site-referral')?.reason).toBe(
      'The author’s website address is a referral link (exchange.example): a sign-up that pays the author',
    );
    expect(r.likelySpam).toBe(true);
  });

  it('does not by itself make a reader’s question likely spam', () => {
    const input = {
      content: 'Does the same approach work when the CSV has a header row on every page? Mine does and the import breaks.',
      author_name: 'Sam',
      author_url: 'https://sam.example.com/?ref=newsletter',
    };
    expect(check(input).likelySpam).toBe(false);
  });
});

describe('a shortened link as the author’s website', () => {
  it('hides where it leads, as in the text', () => {
    const r = check({ content: 'Very informative, keep up the good work!', author_name: 'Lina', author_url: 'https://bit.ly/3xQz9k' });
    expect(r.flags.find((f) => f.code === 'link-shortener')?.reason).toBe('A shortened link (bit.ly) hides where it leads');
    expect(r.likelySpam).toBe(true);
  });
});

describe('a product page as the author’s website', () => {
  it('reads as a trade', () => {
    expect(read('https://www.example-store.example/products/ergonomic-chair-x2').words).toContain('products');
  });
});

describe('the site’s own readers', () => {
  it('are not flagged for a specific comment signed with their own blog, a code host or a profile', () => {
    for (const author_url of ['https://annaschmidt.dev', 'https://github.com/annaschmidt', 'https://mariatravels.blog']) {
      const r = check({ content: 'The hike to the upper lake took us four hours in June, the snow was still there.', author_name: 'Anna', author_url });
      expect(r.flags.filter((f) => f.weight > 0 && !f.note), author_url).toEqual([]);
    }
  });
});

describe('spun templates sent with a website', () => {
  it('makes the "could not be written any better … forward it to my room mate" template likely spam', () => {
    const input = {
      content: 'Hey there! This article could not be written any better! Going through it brings back my old room mate. He kept going on about this. I will forward this article to him. Pretty sure he will enjoy it.',
      author_name: 'Delphine',
      author_url: 'https://www.prepaid-topup.example',
    };
    const r = check(input);
    expect(r.flags.map((f) => f.code)).toContain('generic-praise-author-url');
    expect(r.likelySpam).toBe(true);
  });
});

describe('a template with the article’s title pasted between angle brackets', () => {
  it('is a look of its own, and with the template’s thanks from a website, likely spam', () => {
    for (const [content, title] of [
      ['Thanks for finally writing about > Making sourdough at home < Loved it!', 'Making sourdough at home'],
      ['Thanks for finally talking about >Boxing Day Sales | Tips <Liked it!', 'Boxing Day Sales | Tips'],
      ['Thanks for finally writing about &gt; Making sourdough at home &lt; Loved it!', 'Making sourdough at home'],
    ] as const) {
      const r = check({ content, author_name: 'Roxanne', author_url: 'https://roxanne-finds.example/shoes' });
      expect(r.flags.find((f) => f.code === 'template-title')?.reason, content).toBe(`A template with this article’s title pasted in (“${title}”), as spam tools write`);
      expect(r.likelySpam, content).toBe(true);
    }
  });

  it('is not a comparison in code, nor markup', () => {
    for (const content of ['In the loop, if x > 5 and y < 3 it never stops.', 'Try <code>a > b</code> in the console.', 'This is great -> Really Great <3', '<p>Hello <b>World Big</b> and <i>more</i></p>']) {
      expect(check({ content, author_name: 'Pat' }).flags.map((f) => f.code), content).not.toContain('template-title');
    }
  });

  it('and the spun template of a spouse who stumbled here, from a gambling website named after its author', () => {
    const content = 'My spouse and I stumbled over here from a different page and thought I might check things out. I like what I see so now i am following you.';
    expect(check({ content, author_name: 'Kristy', author_url: 'https://kristyslots.example' }).likelySpam).toBe(true);
    expect(check({ content: 'My spouse and I baked this twice, the second time with rye.', author_name: 'Kristy', author_url: 'https://kristybakes.example' }).likelySpam).toBe(false);
  });
});

describe('a blog on WordPress.com or another platform the Public Suffix List leaves out', () => {
  it('is its author’s own, as one on Blogger is: their thanks is a look at most', () => {
    const input = { author_name: 'Daily Musings', author_url: 'https://dailymusings.wordpress.com', content: 'This really resonated with me today. Thank you for writing it.' };
    expect(check(input).likelySpam).toBe(false);
    expect(check({ ...input, author_url: 'https://dailymusings.example' }).likelySpam).toBe(false);
  });
});

describe('a short question in common words under a personal blog’s address', () => {
  it('is context, not a look: the Flagged view is for what needs one', () => {
    const r = check({ content: 'How long did the whole trip take?', author_name: 'Ines', author_url: 'https://inesmartin.example' });
    expect(r.flags.find((f) => f.code === 'generic-text-author-url')?.note).toBe(true);
    expect(r.flags.filter((f) => f.weight > 0 && !f.note)).toEqual([]);
    // Under a website that is not the author's own, the same words are a look.
    const other = check({ content: 'How long did the whole trip take?', author_name: 'Ines', author_url: 'https://novaluxe.example' });
    expect(other.flags.find((f) => f.code === 'generic-text-author-url')?.note).toBeUndefined();
  });
});

describe('spun questions about the blog itself', () => {
  const spun = [
    'Woah! I’m really loving the template/theme of this blog. It’s simple, yet effective.',
    'I’m curious to find out what blog system you’re utilizing? I’m having some minor security problems with my latest site.',
  ];

  it('says nothing of any article, whatever the words’ endings ("loving", "utilizing")', () => {
    for (const content of spun) {
      expect(check({ content, author_name: 'Elisa', author_url: 'https://novaluxe.example/' }).flags.map((f) => f.code), content).toContain('generic-text-author-url');
    }
  });

  it('is likely spam from a shop’s domain, a look from another website, and a reader’s own words stay their own', () => {
    expect(check({ content: spun[0]!, author_name: 'Elisa', author_url: 'https://velvetory.shop/' }).likelySpam).toBe(true);
    expect(check({ content: spun[0]!, author_name: 'Elisa', author_url: 'https://novaluxe.example/' }).likelySpam).toBe(false);
    const reader = check({ content: 'I made this with pears instead of apples and it was lovely.', author_name: 'Julie', author_url: 'https://novaluxe.example/' });
    expect(reader.flags.map((f) => f.code)).not.toContain('generic-text-author-url');
  });
});

describe('a reader whose name is their blog', () => {
  it('is context, not a reason to look: a French comment on an English blog stays a look', () => {
    const input = { content: 'Merci pour la recette ! Je l’ai faite hier soir avec les pommes du jardin, un régal.', author_name: 'Marie', author_url: 'https://marie-cuisine.blogspot.com' };
    const r = check(input);
    expect(r.flags.find((f) => f.code === 'author-name-is-website')?.note).toBe(true);
    expect(r.flags.find((f) => f.code === 'author-name-is-website')?.weight).toBe(0);
    expect(r.flags.map((f) => f.code)).toContain('foreign-language-site');
    expect(r.likelySpam).toBe(false);
  });
});

describe('a business named for what it sells, selling it in its comment', () => {
  it('is likely spam, with the words its text repeats as the reason, in French and English', () => {
    const pergola = check({
      author_name: 'Pergola Bioclimatique',
      author_url: 'https://www.pergola-bioclimatique-prix.example',
      content: 'Très beau projet de terrasse ! Pour ceux qui hésitent encore, une pergola bioclimatique est aussi une excellente option, avec des lames orientables.',
    });
    expect(pergola.flags.find((f) => f.code === 'author-name-in-text')?.params).toEqual({ site: 'pergola-bioclimatique-prix.example', words: ['pergola', 'bioclimatique'] });
    expect(pergola.likelySpam).toBe(true);
    const bedding = check({
      author_name: 'Bedding Comfort Plus',
      author_url: 'https://beddingcomfortplus.example/',
      content: 'Lovely bedroom makeover! Remember that good bedding is a third of your life: a slatted base and the right mattress make all the difference.',
    });
    expect(bedding.likelySpam).toBe(true);
  });

  it('leaves alone a person signing with their own site, a blog on a platform, and a name its text does not repeat', () => {
    for (const input of [
      { author_name: 'Hélène Roussel', author_url: 'https://helene-roussel.example', content: 'Hélène here again: Roussel apples keep best in a cold cellar, in my experience.' },
      { author_name: 'Potager Vivant', author_url: 'https://potager-vivant.blogspot.com', content: 'Dans notre potager vivant, les buttes ont tenu tout l’été.' },
      // A given name written with its accent, as the lists may or may not spell it.
      { author_name: 'Agnès Peyrot', author_url: 'https://www.agnespeyrot-ceramiques.example', content: 'Je fais le marché de Dieulefit depuis dix ans : Peyrot, Agnès, stand 12, venez dire bonjour !' },
      { author_name: 'Muddy Boots', author_url: 'https://muddyboots.example/', content: 'We had the same blight on our tomatoes this year, copper spray helped a little.' },
    ]) {
      const r = check(input);
      expect(r.flags.map((f) => f.code), input.author_name).not.toContain('author-name-in-text');
      expect(r.likelySpam, input.author_name).toBe(false);
    }
  });
});

describe('the trade in an author’s e-mail address, when they give no website', () => {
  it('is read from the address’s domain, as a website would be', () => {
    const r = check({ author_name: 'John', author_email: 'john@bestpaydayloans.example', content: 'Interesting post, thanks.' });
    expect(r.flags.find((f) => f.code === 'author-email-trade')).toMatchObject({
      params: { domain: 'bestpaydayloans.example', words: ['payday', 'loans'] },
      reason: 'The author’s e-mail address is at a trade’s domain (“payday”, “loans” in bestpaydayloans.example)',
    });
    expect(r.likelySpam).toBe(true);
  });

  it('is a look, not likely spam, under a reader’s words; and nothing at a mail provider or a personal domain', () => {
    const roofer = check({ author_name: 'Peter', author_email: 'peter@acme-roofing.example', content: 'We had the same leak last winter, it was the flashing.' });
    expect(roofer.flags.find((f) => f.code === 'author-email-trade')?.weight).toBe(2);
    expect(roofer.likelySpam).toBe(false);
    for (const email of ['deals.hunter@gmail.com', 'marc@marc-dupont.fr']) {
      expect(flag({ author_name: 'Marc', author_email: email, content: 'Merci pour la recette.' }, 'author-email-trade'), email).toBeUndefined();
    }
  });

  it('is not read again where the website or a business name has said it', () => {
    expect(flag({ author_name: 'Ann', author_email: 'ann@cheap-flights-deal.net', author_url: 'https://cheap-flights-deal.net', content: 'Nice.' }, 'author-email-trade')).toBeUndefined();
    expect(flag({ author_name: 'Oven Deals', author_email: 'hello@oven-deals.example', content: 'Do you ship to Canada?' }, 'author-email-trade')).toBeUndefined();
  });
});

describe('what a queue’s spam does with its author’s fields (first run of a set written apart from the rules)', () => {
  it('a gambling site with a second trade word weighs most: likely spam under any question', () => {
    const r = check({ author_name: 'Tom H.', author_url: 'https://spinpalace-bonuses.example/free-spins-no-deposit/', content: 'Quick question, does this also work on older versions of Windows 10?' });
    // Its page, not its home page: a look more (below).
    expect(r.flags.find((f) => f.code === 'author-site-page')?.weight).toBe(3.5 + 1.5);
    expect(r.likelySpam).toBe(true);
  });

  it('a trade run into a one-word name, and a buyer’s guide signed as a name, read as businesses', () => {
    expect(flag({ author_name: 'Rolexreplica', author_url: 'https://swiss-watches.example/', content: 'The skeleton has about 206 bones in adulthood.' }, 'author-commercial-name')?.params).toEqual({ words: ['replica'] });
    expect(flag({ author_name: 'Best Chef Knives Under $100', author_url: 'https://bestchefknives-under100.example/', content: 'This worked great, thanks!' }, 'author-commercial-website')?.params).toMatchObject({ words: ['best'] });
    for (const author_name of ['Christabelle', 'Maximilian', 'Best Friend']) {
      expect(check({ author_name, author_url: 'https://blog.example.org/', content: 'Thanks!' }).flags.some((f) => f.code?.startsWith('author-commercial')), author_name).toBe(false);
    }
  });

  it('a spun question about hackers under a trade’s website is likely spam', () => {
    const r = check({ author_name: 'Marlene', author_url: 'https://www.roofrepair-jacksonville.example/', content: 'Hey there! Do you ever have any trouble with hackers? My last blog was hacked and I lost several weeks of hard work due to no back up.' });
    expect(r.likelySpam).toBe(true);
  });
});

describe('a blogger linking to their own write-up', () => {
  it('under a website named after their given name is a look, not likely spam', () => {
    const r = check({ author_name: 'Laura Benedetti', author_url: 'https://lauraonthetrail.example', content: 'Loved this post. I tried your itinerary last September, here is what we changed: https://lauraonthetrail.example/dolomites-5-days' });
    expect(r.flags.find((f) => f.code === 'link')?.weight).toBeGreaterThan(0);
    expect(r.likelySpam).toBe(false);
  });

  it('a business’s first word is no given name: "Phoenix Patio Covers" is no personal site', () => {
    const r = check({ author_name: 'Phoenix Patio Covers', author_url: 'https://phoenixpatiocovers.example', content: 'Great post, more ideas here: https://phoenixpatiocovers.example/ideas' });
    expect(r.likelySpam).toBe(true);
  });
});

describe('what only the author’s website betrays (a set written apart from the rules)', () => {
  it('a word of thanks, a fake reply or praise in another language under a trade’s website is likely spam', () => {
    for (const input of [
      { author_name: 'Ethan Wright', author_url: 'https://plumbingservices-nearme.net', content: 'Thanks!' },
      { author_name: 'Jessica Moore', author_url: 'https://best-kitchen-gadgets-reviews.com', content: 'Nice!' },
      { author_name: 'Brian Walsh', author_url: 'https://cheapautoinsurancequotes-now.com', content: '@John I agree with you completely, this is exactly what I experienced too.' },
      { author_name: 'Carlos Ramírez', author_url: 'https://prestamos-rapidos-sin-aval.es', content: 'Muy buen artículo, me ha servido mucho. ¡Gracias por compartir!' },
      { author_name: 'Sophia Turner', author_url: 'https://quickloanapprovalnow.co', content: 'This was a really insightful breakdown of how to set up a monthly budget, thanks.' },
    ]) {
      expect(check(input).likelySpam, input.content).toBe(true);
    }
    expect(read('https://best-kitchen-gadgets-reviews.com').words).toEqual(['best', 'reviews']);
  });

  it('a reader’s word of thanks under their own blog stays a reader’s', () => {
    expect(check({ author_name: 'Hannah', author_url: 'https://hannahwrites.example', content: 'Thanks!' }).likelySpam).toBe(false);
    expect(check({ author_name: 'Sam', content: '@John I agree with you completely, this is exactly what I experienced too.' }).likelySpam).toBe(false);
  });
});

describe('fellow bloggers, teachers and pingbacks (a set written to find false alarms)', () => {
  it('a titled or given name names a personal site by its surname or given name', () => {
    for (const [name, url] of [
      ['Mrs. Elaine Porter', 'https://porterclassroom.example'],
      ['Mme Rousseau (CE2)', 'https://classe-de-mme-rousseau.fr'],
      ['Priya Raman', 'https://priyawalks.example'],
    ]) {
      const r = check({ author_name: name, author_url: url, content: `I made a worksheet to go with your explanation, free for anyone: ${url}/worksheets/fractions.pdf` });
      expect(r.flags.find((f) => f.code === 'link')?.weight, name).toBe(1.5);
      expect(r.likelySpam, name).toBe(false);
    }
    // Not a person's name: a brand and a word.
    expect(check({ author_name: 'bybit referral', author_url: 'https://partner.bybit.example/b/1', content: 'More here: https://partner.bybit.example/ideas' }).flags.find((f) => f.code === 'link')?.weight).toBe(3.5);
  });

  it('a long comment under a blogger’s own site keeps its praise a note', () => {
    const r = check({
      author_name: 'Priya Raman',
      author_url: 'https://priyawalks.example',
      content: 'Lovely write-up. I tried the same three-day hike in October and wrote about the weather side of it, including where the trail was washed out near the second hut: https://priyawalks.example/2023/10/ridge-trail — hope it helps anyone planning a late-season trip.',
    });
    expect(r.flags.find((f) => f.kind === 'generic-praise')?.note).toBe(true);
    expect(r.likelySpam).toBe(false);
  });

  it('a pingback’s praise is the linking blogger’s: not counted', () => {
    const r = check({ type: 'pingback', author_name: 'Notes from the Allotment', author_url: 'https://notesfromtheallotment.example/2024/06/marigolds/', content: '[…] After reading this excellent piece on companion planting I moved my marigolds next to the tomatoes […]' });
    expect(r.flags.some((f) => f.kind === 'generic-praise')).toBe(false);
  });

  it('a reader’s CBD oil for a dog, or weight lost "sans régime miracle", is no pitch', () => {
    expect(check({ content: 'The vet suggested a CBD oil made for pets alongside the thunder shirt, and it does seem to help. Have you tried it?' }).likelySpam).toBe(false);
    expect(engine.check({ content: 'Moins 14 kilos en un an, sans régime miracle, juste en arrêtant les sodas et en marchant tous les jours.' }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' }).likelySpam).toBe(false);
  });
});

describe('a garden blog’s queue (a set written apart from the rules)', () => {
  it('a blogger signing "Name – Blog Name" with that blog’s address is a fellow blogger', () => {
    const r = check({ author_name: 'Beth – The Frugal Potting Bench', author_url: 'https://frugalpottingbench.example/', content: 'Linking back to this because your post on dividing irises finally got me to tackle mine.' });
    expect(r.likelySpam).toBe(false);
  });

  it('a French buyer’s guide, a restoration company’s service page and a spun sentence with its grammar are trades’ and spam’s', () => {
    expect(read('https://robotcuiseur-avis-comparatif.example/meilleur-robot-cuiseur/').words).toEqual(expect.arrayContaining(['meilleur', 'comparatif']));
    expect(check({ author_name: 'Restoration 1st Response', author_url: 'https://restoration1stresponse.example/water-damage-restoration-houston/', content: 'Water damage from a leaking hose is one of the most common claims we see. Your recommendation is spot on.' }).likelySpam).toBe(true);
    expect(check({ author_name: 'Harold', author_url: 'https://harold.example/', content: 'I’m not sure where you’re getting your information, but good topic. I needs to spend some time learning much more.' }).likelySpam).toBe(true);
  });
});

describe('a marketing blog’s and a brewing blog’s queue (a set written apart from the rules)', () => {
  it('short praise with words of its own under a business’s site is a reader’s: a look, not likely spam', () => {
    for (const input of [
      { author_name: 'Erik Halvorsen', author_url: 'https://northfieldaleworks.example', content: 'Good post, but a note for newer brewers: don’t bottle until you’ve had stable gravity for 3 days. I had a batch of bottle bombs.' },
      { author_name: 'Rob Kessler', author_url: 'https://kesslerbikeshop.example', content: 'Good article. One correction: Google retired Universal Analytics in July 2023, so the screenshots in step 3 are out of date.' },
    ]) {
      const r = check(input);
      expect(r.flags.find((f) => f.code === 'generic-praise-author-url')?.weight, input.author_name).toBe(2.5);
      expect(r.likelySpam, input.author_name).toBe(false);
    }
    // Spun praise holds none of its own: still likely spam.
    expect(check({ author_name: 'Olivia', author_url: 'https://homedecor-ideas-hub.example', content: 'Hey there! Your blog is really well written and I have bookmarked it for later. Keep up the great work!' }).likelySpam).toBe(true);
  });

  it('a marketer’s "qualified leads" is talk of the trade; pitches for guest posts, page speed, appointments and link exchanges are not', () => {
    expect(check({ content: 'Counterpoint on paid social: for B2B, LinkedIn ads were a money pit for us ($4k spent, 2 qualified leads).' }).likelySpam).toBe(false);
    for (const content of [
      'Hi there! I am a freelance writer and I would love to contribute a guest post to your blog. I have a few topic ideas.',
      'Your site currently scores 41/100 on mobile page speed. Slow sites lose up to half their visitors. I can get your site to 90+.',
      'We help agencies and B2B companies book 15-20 qualified sales appointments every month with done-for-you outreach.',
      'Hello webmaster, we are interested in a link exchange with your site. We have several high DA blogs in the niche.',
    ]) {
      expect(check({ content }).likelySpam, content).toBe(true);
    }
  });

  it('a Spanish "Lo de las tarjetas" is no Vietnamese lottery, and a pingback’s excerpt is no spun text', () => {
    expect(engine.check({ content: '¡Me encantó este post! Lo de las tarjetas de rutina para la mañana lo voy a probar con mis hijos.' }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'spa' }).flags.some((f) => f.code === 'spam-words')).toBe(false);
    const r = check({ type: 'pingback', author_name: 'Five reads | Corner Blog', author_url: 'https://cornerblog.example/2018/11/reads/', content: '[…] this piece on a one-page plan is the one I send to every new owner who asks […]' });
    expect(r.flags.some((f) => f.code === 'generic-text-author-url')).toBe(false);
  });
});

describe('a page of a buyer’s guide given as the author’s website (a set written apart from the rules)', () => {
  it('reads a ranking’s slug or a product’s review as the guide’s trade, in English and French', () => {
    for (const url of ['https://kitchenprohub.example/best-stand-mixers/', 'https://gadgets.example/top-10-air-fryers/', 'https://airfryerjudge.example/reviews/ninja-dual-zone/']) {
      expect(read(url).words, url).toEqual(['best', 'reviews']);
    }
    expect(read('https://www.meilleures-poussettes-comparatif.example/').words).toEqual(expect.arrayContaining(['meilleur', 'comparatif']));
    // Machine-written praise from one is likely spam.
    const praise = 'What a wonderful and detailed guide! I really appreciate how you broke down each stage of the process, from feeding the starter to the final bake. Thank you for sharing your knowledge with us!';
    expect(check({ author_name: 'Emily Carter', author_url: 'https://kitchenprohub.example/best-stand-mixers/', content: praise }).likelySpam).toBe(true);
  });

  it('leaves a reader’s home page and a blog post alone', () => {
    for (const url of ['https://emilybakes.example/', 'https://emilybakes.example/2024/05/my-sourdough-journey/', 'https://emilybakes.example/bestest-cake/']) {
      expect(read(url).words, url).toEqual([]);
    }
  });
});

describe('a trade signing with its own address’s words (a set written apart from the rules)', () => {
  const onFrenchSite = { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' };
  it('is likely spam when the address reads as a trade: the French trades of the house, by city or department', () => {
    for (const [author_name, author_url, content] of [
      ['Garde Meuble Brest', 'https://www.garde-meuble-brest.example', 'Le marché immobilier brestois est en pleine tension. Beaucoup de familles doivent stocker leurs affaires entre deux logements.'],
      ['Isolation Thermique 35', 'https://www.isolation-thermique-35.example', 'Bonjour, pensez-vous que la laine de bois soit adaptée en sous-toiture pour une longère en pierre ?'],
    ] as const) {
      const r = engine.check({ author_name, author_url, content }, onFrenchSite);
      expect(r.flags.find((f) => f.code === 'author-site-trade'), author_name).toBeDefined();
      expect(r.likelySpam, author_name).toBe(true);
    }
  });

  it('leaves a person signing with their craft’s site, and a blog named as its address, as they were', () => {
    const craftsman = engine.check({ author_name: 'Thierry Le Goff', author_url: 'https://www.menuiserie-legoff.example', content: 'Menuisier depuis 25 ans, je me permets un complément : sur une fenêtre en rénovation, ne supprimez pas le dormant.' }, onFrenchSite);
    expect(craftsman.likelySpam).toBe(false);
    const blog = engine.check({ author_name: 'Potager du Morbihan', author_url: 'https://potagerdumorbihan.example/', content: 'Chez nous les buttes ont tenu tout l’été, même sans arrosage.' }, onFrenchSite);
    expect(blog.flags.find((f) => f.code === 'author-name-is-website')?.note).toBe(true);
  });
});

describe('a landscape photographer’s site', () => {
  it('is no landscaping trade', () => {
    expect(read('https://www.greiglandscapes.example/').words).toEqual([]);
    expect(read('https://dallas-landscaping-pros.example/').words).toContain('landscaping');
  });
});

describe('a shop’s page or a landing page given as the author’s website (a set written apart from the rules)', () => {
  it('reads as a trade, and so do weight-loss drugs and a gambling top-level domain', () => {
    expect(read('https://calmpaws.example/products/calming-chews').words).toContain('product');
    expect(read('https://glucobalance.example/official').words).toContain('product');
    expect(read('https://naturesglp1.example/').words).toContain('glp');
    expect(read('https://fullsoftpc.example/pycharm-professional-crack/').words).toContain('crack');
    expect(tradeWordsWeight(read('https://lucky-spin77.bet/').words)).toBe(3);
  });

  it('leaves a blog’s post and its about page alone', () => {
    for (const url of ['https://annabakes.example/2024/05/shopping-for-flour/', 'https://annabakes.example/about/']) expect(read(url).words, url).toEqual([]);
  });
});

describe('a trade’s selling page given as the author’s website (a set written apart from the rules)', () => {
  const praise = 'Such a clear explanation of the whole process, especially the part about healing times. I will share it with my patients.';

  it('weighs more than the trade’s home page: the page a link builder ranks, where a reader gives a home page', () => {
    const home = flag({ content: praise, author_name: 'Emily Carter', author_url: 'https://www.brightsmiledental.example/' }, 'author-site-trade');
    const page = flag({ content: praise, author_name: 'Emily Carter', author_url: 'https://www.brightsmiledental.example/dental-implants-houston/' }, 'author-site-page');
    expect(home?.weight).toBe(2);
    expect(page?.weight).toBe(3.5);
    expect(page?.reason).toBe('The author’s website is a trade’s selling page, not a home page (“dental” in brightsmiledental.example)');
    expect(check({ content: praise, author_name: 'Emily Carter', author_url: 'https://www.brightsmiledental.example/dental-implants-houston/' }).likelySpam).toBe(true);
    const fr = 'Très bel article, merci ! La préparation des murs est en effet la clé d’un beau résultat.';
    expect(check({ content: fr, author_name: 'Julien Martin', author_url: 'https://renov-peinture.example.fr/renovation-appartement-paris/' }).likelySpam).toBe(true);
  });

  it('leaves a blog’s post given as the author’s website alone: dated, long, in the first person or a question', () => {
    for (const url of [
      'https://ourweddingdiary.example/2023/06/the-big-day/',
      'https://thekitchenfix.example/our-kitchen-renovation-diary/',
      'https://sallysdental.example/why-i-finally-got-braces/',
      'https://maisonpartagee.example/notre-renovation-de-longere/',
      'https://homeslice.example/renovation-lessons-from-a-very-long-first-year/',
    ]) {
      expect(read(url).page, url).toBe(false);
      expect(check({ content: praise, author_name: 'Sally Brooks', author_url: url }).likelySpam, url).toBe(false);
    }
  });
});

describe('makers and bloggers signing with their shop or their blog (a set written apart from the rules)', () => {
  it('reads a maker’s shop on a marketplace by its own name, not by the marketplace’s "/shop/"', () => {
    expect(read('https://www.etsy.com/shop/HargreavesNestboxes').words).toEqual([]);
    expect(read('https://www.etsy.com/shop/CheapReplicaBagsOutlet').words).toContain('replica');
    expect(read('https://www.calmpaws.example/shop/').words).toContain('product');
  });

  it('takes "Claire | The Flour Cupboard" with theflourcupboard.blog for a blogger with her blog', () => {
    const post = 'I adapted your focaccia for a gluten-free version and it worked, with psyllium doing the heavy lifting. Write-up with the ratios here: https://theflourcupboard.example/2024/05/gluten-free-focaccia/';
    const r = check({ content: post, author_name: 'Claire | The Flour Cupboard', author_url: 'https://theflourcupboard.example' });
    expect(r.flags.find((f) => f.code === 'link')?.weight).toBeLessThan(3.5);
    expect(r.likelySpam).toBe(false);
  });

  it('reads French sports betting and adult dating in an address as vices, and theses written to order as a trade', () => {
    expect(tradeWordsWeight(read('https://www.meilleurs-sites-paris-sportifs.example/hockey').words)).toBe(3);
    expect(tradeWordsWeight(read('https://rencontres-coquines.example/').words)).toBe(3.5);
    expect(read('https://redaction-memoire-pro.example').words).toContain('redactionmemoire');
  });
});

describe('French bloggers and their blogs (a set written apart from the rules)', () => {
  const check = (input: FlagInput) => engine.check(input, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' });
  it('takes a French blog title ending on its writer’s name for her own site', () => {
    const r = check({ content: 'Merci pour ce partage, ça fait du bien de lire une maman qui ose dire que c’est épuisant. J’avais écrit là-dessus aussi : https://lespetitsbonheursdeceline.example/maman-epuisee/', author_name: 'Céline', author_url: 'https://lespetitsbonheursdeceline.example' });
    expect(r.likelySpam).toBe(false);
  });

  it('takes "sur mon blog" under a blog named after its writer for the same act as its link, and praise with something of its own for a fellow blogger’s', () => {
    const r = check({ content: 'Super article ! Je brasse depuis 3 ans et j’ai tenté la levure WLP565 : ça bloque vers 1.030 si on ne monte pas à 30 °C. J’ai mis mon journal de brassage sur mon blog si ça intéresse.', author_name: 'Hugo Brasse', author_url: 'https://hugobrasse.example' });
    expect(r.flags.find((f) => f.code === 'self-promotion')?.note).toBe(true);
    expect(r.likelySpam).toBe(false);
    // A business signing with its site's name is no fellow blogger.
    expect(engine.check({ content: 'Nice guide to changing brake pads. We stock OEM brake pads for all makes with free shipping over $50.', author_name: 'Auto Parts Direct', author_url: 'https://autopartsdirect.example' }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' }).flags.some((f) => f.code === 'generic-praise-author-url')).toBe(true);
  });

  it('counts a code forge (Framagit) as a code host', () => {
    const r = check({ content: 'J’ai eu le même souci de mise en veille sur mon ThinkPad, j’ai écrit un petit script : https://framagit.org/karmand/veille-fix', author_name: 'Kévin Armand' });
    expect(r.flags.some((f) => f.code === 'reference-links')).toBe(true);
    expect(r.likelySpam).toBe(false);
  });
});
