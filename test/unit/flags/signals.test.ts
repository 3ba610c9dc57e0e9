import { describe, expect, it } from 'vitest';
import { createFlagEngine, LIKELY_SPAM_SCORE } from '../../../shared/flags';
import type { FlagContext, FlagKind, FlagResult } from '../../../shared/types';

const engine = createFlagEngine();
const kinds = (r: FlagResult): FlagKind[] => r.flags.map((f) => f.kind);
const flag = (r: FlagResult, kind: FlagKind) => r.flags.find((f) => f.kind === kind);
const known: FlagContext = { approvedByAuthor: 0, spamByEmail: 0, spamByIp: 0, sameText: 0, knownPingbackSource: true };

describe('links', () => {
  it('counts anchors, bare URLs and www. addresses, an anchor repeating its URL once', () => {
    const r = engine.check({
      content: 'See <a href="https://a.example.com/x">https://a.example.com/x</a>, http://b.example.net and www.c.example.org.',
    });
    expect(flag(r, 'links')).toMatchObject({ reason: '3 links (WordPress holds comments at 2)' });
  });

  it('counts a bare domain and one spelled apart to dodge filters', () => {
    expect(flag(engine.check({ content: 'just go to murdev.com' }), 'links')?.reason).toBe('1 link in the text');
    expect(flag(engine.check({ content: 'my site is kidsstuff . com and more' }), 'links')?.reason).toBe('1 link in the text');
  });

  it('finds a link however it is written, though most comments skip the link search', () => {
    for (const content of [
      'ma boutique : WWW.PROMO-SOLDES.FR',
      'more on shop.example.co.uk today',
      'the dashboard is at http://localhost:8080/admin',
      'écrivez à cafe-du-coin dot com',
      'order at pills-direct . com!!!',
      '<A HREF="https://deals.example/">ici</A>',
      'Voir le site exemple.fr!',
    ]) {
      expect(flag(engine.check({ content }), 'links'), content).toBeDefined();
    }
  });

  it('finds a domain whose dot is followed by spaces to dodge filters, in English and in French', () => {
    for (const content of [
      'Vote every day for her: tv.  votenow. com/vote (delete the spaces) and share!',
      'Inscrivez-vous sur bonsplans. com (enlevez l’espace), promo du jour',
      'read the guide at freedocs.   org',
    ]) {
      expect(flag(engine.check({ content }), 'links'), content).toBeDefined();
    }
  });

  it('does not see links in ordinary text', () => {
    const r = engine.check({ content: 'I use Node.js, e.g. with Vue. It works. Voir p. 12.' });
    expect(flag(r, 'links')).toBeUndefined();
    // "Net" opens sentences in English and French: only "com" and "org" are read after a dot and spaces.
    for (const content of ['Sales fell at the end. Net income rose by 3%.', 'Le résultat est là. Net et précis, merci.']) {
      expect(flag(engine.check({ content }), 'links'), content).toBeUndefined();
    }
  });

  it('weighs 2+ links more than one', () => {
    const one = flag(engine.check({ content: 'https://a.example' }), 'links')!.weight;
    const two = flag(engine.check({ content: 'https://a.example https://b.example' }), 'links')!.weight;
    expect(two).toBeGreaterThan(one);
  });
});

describe('a call to follow a link with nothing to follow', () => {
  it('is a reader quoting a page or a newsletter: a note, not a pitch', () => {
    for (const content of [
      'Heads up: the county elections page says "click here to check your registration status" but the link just goes to a 404.',
      'Just FYI the 20% discount code from your newsletter says it is expired when I try to use it. No worries, I will buy the pattern anyway!',
      'Sur le site de la mairie, « cliquez ici pour vous inscrire » ne mène nulle part.',
    ]) {
      const r = engine.check({ content, author_name: 'Janet' });
      expect(r.flags.find((f) => f.code === 'self-promotion'), content).toMatchObject({ note: true });
      expect(r.likelySpam, content).toBe(false);
    }
  });

  it('stays a pitch with a link, a website, or an address to write to', () => {
    expect(engine.check({ content: 'Click here for the best deals https://deals.example.net', author_name: 'Sam' }).likelySpam).toBe(true);
    expect(engine.check({ content: 'Use my discount code SAVE20 today', author_name: 'Sam', author_url: 'https://deals.example.net' }).flags.find((f) => f.code === 'self-promotion')?.note).toBeFalsy();
    expect(engine.check({ content: 'Click here and write to offers@deals.example.net for a discount code', author_name: 'Sam' }).flags.find((f) => f.code === 'self-promotion')?.note).toBeFalsy();
  });
});

describe('author', () => {
  it('flags a web address in the author name', () => {
    const r = engine.check({ content: 'Nice.', author_name: 'Cheap pills www.pills.example' });
    expect(kinds(r)).toContain('author-url-name');
  });

  it('flags a business name, and a branded name matching its website', () => {
    expect(flag(engine.check({ content: 'Hello', author_name: 'Best SEO Agency' }), 'author-commercial')?.reason).toMatch(/business.*seo/);
    const r = engine.check({ content: 'Hello', author_name: 'Shop 24', author_url: 'https://shop24.example' });
    expect(flag(r, 'author-commercial')?.reason).toContain('shop24.example');
    expect(flag(engine.check({ content: 'Hello', author_name: 'Marie Dupont' }), 'author-commercial')).toBeUndefined();
  });
});

describe('context', () => {
  it('flags an email and an IP already marked spam', () => {
    const r = engine.check({ content: 'Hello' }, { ...known, spamByEmail: 2, spamByIp: 1 });
    expect(flag(r, 'known-spam-email')?.reason).toBe('This email address sent 2 comments already marked spam');
    expect(flag(r, 'known-spam-ip')?.reason).toBe('This IP address sent 1 comment already marked spam');
  });

  it('tells a first-time author from a previously approved one, who lowers the score', () => {
    const input = { content: 'Merci, très utile.' };
    const first = engine.check(input, known);
    const approved = engine.check(input, { ...known, approvedByAuthor: 3 });
    expect(kinds(first)).toContain('first-time-author');
    expect(flag(approved, 'approved-author')?.weight).toBeLessThan(0);
    expect(approved.score).toBeLessThan(first.score);
  });

  it('flags the same text posted several times', () => {
    expect(flag(engine.check({ content: 'Hello' }, { ...known, sameText: 4 }), 'duplicate')?.reason).toBe(
      'The same text was posted 4 times before',
    );
    expect(flag(engine.check({ content: 'Hello' }, known), 'duplicate')).toBeUndefined();
  });

  it('flags a pingback from an unknown site only', () => {
    const input = { content: '[…] as seen here […]', type: 'pingback' as const };
    expect(kinds(engine.check(input, { ...known, knownPingbackSource: false }))).toContain('unknown-pingback');
    expect(kinds(engine.check(input, known))).not.toContain('unknown-pingback');
    expect(kinds(engine.check({ content: 'hi' }, { ...known, knownPingbackSource: false }))).not.toContain('unknown-pingback');
  });

  it('takes the site’s own pages and its owner’s signature for the site, not for a stranger', () => {
    const site = { ...known, knownPingbackSource: false, siteHost: 'blog.example.com', siteLanguage: 'eng' };
    const own = { type: 'pingback' as const, author_name: 'Part 2: tuning the cache', author_url: 'https://blog.example.com/2024/05/part-2/', content: '[…] In the first part we looked at the basics […]' };
    expect(engine.check(own, site).flags.filter((f) => f.weight > 0 && !f.note)).toEqual([]);
    const other = { ...own, author_url: 'https://another.example.org/weekly-42/' };
    expect(kinds(engine.check(other, site))).toContain('unknown-pingback');
    // The owner answering while logged out, signed with the site: nothing advertised.
    const owner = { author_name: 'Jane', author_url: 'https://blog.example.com', content: 'Thanks everyone for the comments, I will answer tonight.' };
    expect(engine.check(owner, site).flags.filter((f) => f.weight > 0 && !f.note)).toEqual([]);
    expect(engine.check({ ...owner, author_url: 'https://novaluxe.example' }, site).flags.some((f) => f.code === 'generic-text-author-url')).toBe(true);
  });
});

describe('content', () => {
  it('flags mostly capitals on a long enough text only', () => {
    expect(kinds(engine.check({ content: 'THIS IS THE BEST VIDEO EVER MADE' }))).toContain('shouting');
    expect(kinds(engine.check({ content: 'OK' }))).not.toContain('shouting');
    expect(kinds(engine.check({ content: 'ÉNORME MERCI À TOUTE L’ÉQUIPE' }))).toContain('shouting');
  });

  it('flags self-promotion in English and French', () => {
    expect(flag(engine.check({ content: 'Hey guys, check out my new channel!' }), 'promotion')?.reason).toContain('check out my');
    expect(flag(engine.check({ content: 'Abonnez-vous à ma chaîne' }), 'promotion')?.spans?.length).toBe(2);
  });

  it('weighs a call to action more than a mention of one’s own blog, which alone is not spam', () => {
    const question = engine.check({ content: 'How do I subscribe to the newsletter? I mentioned it on my blog.' }, known);
    const call = engine.check({ content: 'Check out my channel and subscribe to my videos!' }, known);
    expect(flag(question, 'promotion')!.weight).toBeLessThan(flag(call, 'promotion')!.weight);
    expect(question.likelySpam).toBe(false);
    expect(call.likelySpam).toBe(true);
  });


  it('calls a short comment that is little more than its author’s channel or songs likely spam, but not a reader naming their own site or video', () => {
    const first = { ...known, siteLanguage: 'en' };
    for (const content of ['Plizz withing my channel', 'I made a gaming channel (Unique right?) :L', 'small youtuber here, any support appreciated', 'Voici ma nouvelle vidéo, dites-moi ce que vous en pensez']) {
      expect(engine.check({ content, author_name: 'Sam' }, first).likelySpam, content).toBe(true);
    }
    for (const content of ['Does this work on my site?', 'I used this song in my video', 'Added to my playlist', 'I wrote about this on my blog', 'J’ai mis ce morceau dans ma vidéo de mariage', 'I love this channel']) {
      expect(engine.check({ content, author_name: 'Sam' }, first).likelySpam, content).toBe(false);
    }
    // A long comment that mentions its author's channel has more to say than the channel.
    const long = 'My channel is about guitar, and the way the bridge moves to the relative minor here is the clearest example I know of that trick.';
    expect(flag(engine.check({ content: long, author_name: 'Sam' }, first), 'promotion')!.weight).toBe(2);
  });
  it('weighs generic praise more when the author advertises a website', () => {
    const plain = flag(engine.check({ content: 'Great post, thanks for sharing.' }), 'generic-praise')!;
    const advertised = flag(engine.check({ content: 'Great post, thanks for sharing.', author_url: 'https://x.example' }), 'generic-praise')!;
    expect(advertised.weight).toBeGreaterThan(plain.weight);
    expect(advertised.reason).toContain('advertising a website');
  });

  it('does not take a personal blog’s reader for a client’s link: short thanks signed with their own name’s website', () => {
    const thanks = 'This is such an honest post. Thank you for writing about burnout so openly, it helps more people than you know.';
    const reader = engine.check({ content: thanks, author_name: 'Hannah', author_url: 'https://hannahwrites.example/' }, known);
    expect(flag(reader, 'generic-praise')?.code).toBe('generic-praise-author-url');
    expect(reader.likelySpam).toBe(false);
    // The same thanks signed with a trade's name and site: likely spam.
    expect(engine.check({ content: thanks, author_name: 'Roof Repair Denver', author_url: 'https://denver-roofing-pros.example/' }, known).likelySpam).toBe(true);
    // A short name is a name too; a shop named after its owner is a shop.
    const spun = 'Good day! I simply would like to give you a huge thumbs up for the great info you have here on this post.';
    expect(engine.check({ content: 'I really enjoyed this, thanks for sharing your process.', author_name: 'Ben', author_url: 'https://benmakes.example/' }, known).likelySpam).toBe(false);
    expect(engine.check({ content: spun, author_name: 'Justin', author_url: 'https://justinsbestvapes.example/' }, known).likelySpam).toBe(true);
    // Nor is a shop's top-level domain or a product in the address a personal blog.
    expect(engine.check({ content: spun, author_name: 'Felix', author_url: 'https://felixgardens.shop/' }, known).likelySpam).toBe(true);
    expect(engine.check({ content: spun, author_name: 'Kelly', author_url: 'https://kellysteethwhitening.example/' }, known).likelySpam).toBe(true);
  });

  it('reads short spun text that names nothing of any article under a trade’s website as likely spam, praise words or not', () => {
    const spun = 'Its like you read my mind! You appear to know so much about this, like you wrote the book in it or something.';
    const trade = engine.check({ content: spun, author_name: 'Mia', author_url: 'https://best-kitchen-remodeling.example/' }, known);
    expect(trade.flags.find((f) => f.code === 'generic-text-author-url')?.reason).toBe('Says nothing of this article in particular, from an author advertising a website');
    expect(trade.likelySpam).toBe(true);
    // Under a website that is no trade's, a look; without a website, nothing.
    const site = engine.check({ content: spun, author_name: 'Mia', author_url: 'https://northwind.example/' }, known);
    expect(site.flags.map((f) => f.code)).toContain('generic-text-author-url');
    expect(site.likelySpam).toBe(false);
    expect(engine.check({ content: spun, author_name: 'Mia' }, known).flags.map((f) => f.code)).not.toContain('generic-text-author-url');
    // A reader who names something of the post is no template, whatever their website.
    const reader = engine.check({ content: 'I built the same shelf with oak instead of pine, it took longer to sand.', author_name: 'Pete', author_url: 'https://best-kitchen-remodeling.example/' }, known);
    expect(reader.flags.map((f) => f.code)).not.toContain('generic-text-author-url');
  });

  it('calls letters typed at random likely spam, but not a reader’s sighs, a Czech tongue-twister or a link’s path', () => {
    const mash = engine.check({ content: 'sdfgsdfg dfghdfgh sdfgsdf', author_name: 'hgfdsdf' }, known);
    expect(mash.likelySpam).toBe(true);
    expect(mash.flags.find((f) => f.code === 'keyboard-mash')?.reason).toBe('Letters typed at random (“sdfgsdfg”, “dfghdfgh”, “sdfgsdf”)');
    for (const content of [
      'Hmmm… grrrr, pfff. Brrrr, shhhh!',
      'Strč prst skrz krk: the Czech sentence without vowels.',
      'Here is the screenshot: https://imgur.example/gLxkTpQ',
      'Thanks, the strengths of this approach are clear.',
    ]) {
      expect(engine.check({ content }, known).flags.map((f) => f.code), content).not.toContain('keyboard-mash');
    }
  });

  it('reads letters styled to slip past word filters as plain letters, and says the text was styled', () => {
    // Mathematical bold: 𝐀 is U+1D400, 𝐚 U+1D41A.
    const bold = (text: string) => text.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c <= 'Z' ? 0x1d400 + c.charCodeAt(0) - 65 : 0x1d41a + c.charCodeAt(0) - 97));
    const pitch = 'Buy cheap replica watches, best price and free shipping';
    const styled = engine.check({ content: bold(pitch), author_name: 'Sam' }, known);
    const plain = engine.check({ content: pitch, author_name: 'Sam' }, known);
    expect(flag(styled, 'word')?.params).toEqual(flag(plain, 'word')?.params);
    expect(styled.score).toBe(plain.score);
    expect(styled.likelySpam).toBe(true);
    expect(styled.flags.find((f) => f.code === 'styled-letters')).toMatchObject({ reason: 'Written in styled letters (bold, wide or circled) or with hidden characters, to slip past word filters', note: true });
    // Fancy letters for fun are no pitch: what they say is what counts.
    expect(engine.check({ content: 'ＬＯＶＥ ＴＨＩＳ ＳＯＮＧ', author_name: 'Sam' }, known).likelySpam).toBe(false);
    // Offsets into the plain text would highlight the wrong letters of the one shown: none are given.
    expect(styled.flags.every((f) => f.spans === undefined)).toBe(true);
    expect(kinds(engine.check({ content: 'ｖｉｓｉｔ ｍｙ ｃｈａｎｎｅｌ' }))).toContain('promotion');
    // Circled numbers and a plain accented text are no styling.
    expect(engine.check({ content: 'Merci ! ① ② ③ : les étapes sont claires.' }).flags.map((f) => f.code)).not.toContain('styled-letters');
  });

  it('does not take a short question that names a version or a piece of code for praise that fits any article', () => {
    // A website that is not the author's own name's (a personal blog's thanks weigh less, see above).
    const site = { author_name: 'Dev Patel', author_url: 'https://pixelcraft.example/' };
    const question = engine.check({ ...site, content: 'Great write-up. One question: does this also work on WordPress 6.4, or only 6.1?' }, known);
    expect(question.likelySpam).toBe(false);
    const code = engine.check({ ...site, content: 'Nice article! Does `read_csv` keep the dtype when I pass chunksize?' }, known);
    expect(code.likelySpam).toBe(false);
    expect(engine.check({ ...site, content: 'Great write-up, bookmarked your site for later!' }, known).likelySpam).toBe(true);
    // A brand's capital is no identifier: the spun "reading from my new iPhone" stays generic.
    expect(engine.check({ ...site, content: 'Great blog! I am reading it from my new iPhone, bookmarked.' }, known).likelySpam).toBe(true);
  });

  it('reads praise written as a sentence ("this article is nice") like its two-word form', () => {
    const content = 'Wow, this article is nice, my younger sister is studying such things, so I will let her know.';
    const plain = engine.check({ content, author_name: 'Mariana' }, known);
    expect(flag(plain, 'generic-praise')).toMatchObject({ note: true });
    expect(plain.likelySpam).toBe(false);
    const advertised = engine.check({ content, author_name: 'Mariana', author_url: 'https://mariana-dental-implants.example/' }, known);
    expect(flag(advertised, 'generic-praise')?.note).toBeFalsy();
    expect(advertised.likelySpam).toBe(true);
  });
});

describe('verdict', () => {
  it('flags a comment modeled on the reference thread’s SEO comment as likely spam, with readable reasons', () => {
    const r = engine.check(
      {
        content:
          'Bonjour,\nMerci pour ces informations sur ce métier dont tout le monde parle. J’espère que cela donnera envie aux jeunes de tenter l’aventure. Un vrai poste au service du SEO.',
        author_name: 'job 4 U',
        author_url: 'https://www.job4u.example',
        author_email: 'contact@job4u.example',
      },
      known,
    );
    expect(r.likelySpam).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(LIKELY_SPAM_SCORE);
    const reasons = r.flags.map((f) => f.reason).join('\n');
    expect(reasons).toContain('“seo”');
    expect(reasons).toContain('merci pour ces informations');
    expect(reasons).toContain('job4u.example');
  });

  it('does not flag a genuine French comment with accented words', () => {
    const r = engine.check(
      {
        content:
          'Je ne suis pas tout à fait d’accord : asséner des chiffres sans source ne prouve rien. Cela dit, votre remarque sur les élèves est très juste.',
        author_name: 'Hélène',
        author_email: 'helene@example.fr',
      },
      known,
    );
    expect(r.likelySpam).toBe(false);
    expect(r.flags.filter((f) => f.kind === 'word')).toEqual([]);
  });

  it('is deterministic and sorts spam above genuine comments', () => {
    const spam = { content: 'Check out my site https://casino.example for free bonus, cheap casino!', author_name: 'Casino Deals' };
    const ham = { content: 'Thanks, the second example fixed my import.', author_name: 'Ana' };
    expect(engine.check(spam, known)).toEqual(engine.check(spam, known));
    expect(engine.check(spam, known).score).toBeGreaterThan(engine.check(ham, known).score);
    expect(engine.check(ham, known).likelySpam).toBe(false);
    expect(engine.check(ham, known).spamProbability).toBeNull();
  });
});

describe('a spinner’s template posted unspun', () => {
  it('is likely spam, the first unmade choice as the reason', () => {
    const r = engine.check({ content: '{Hi there|Hello|Hey}! {I just|I simply} want to give you a {huge|big} thumbs up for the {great|excellent} info.', author_name: 'Roxanne' });
    expect(r.flags.find((f) => f.code === 'spin-template')?.reason).toBe('A spinning tool’s template posted as it was, its choices unmade (“{Hi there|Hello|Hey}”)');
    expect(r.likelySpam).toBe(true);
  });

  it('leaves alone code and a reader’s one shorthand', () => {
    for (const content of ['Use a pattern like `(cat|dog)s?` or the brace form {a,b} in bash.', 'The answer is {yes|no} depending on your version, read the changelog.']) {
      expect(engine.check({ content, author_name: 'Dev' }).flags.map((f) => f.code), content).not.toContain('spin-template');
    }
  });
});

describe('a domain spelled with "(dot)" or on a free top-level domain', () => {
  it('is counted as a link', () => {
    expect(flag(engine.check({ content: 'go to subs4free(dot)net now' }), 'links')?.reason).toBe('1 link in the text');
    expect(flag(engine.check({ content: 'accounts here >>> minecraftfree-accounts . tk <<<' }), 'links')?.reason).toBe('1 link in the text');
  });
});
