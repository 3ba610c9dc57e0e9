// What an author's name says (issue 12): the name of a tech-support page, a web address with its
// dot left out, and a Korean family name that is not the SEO trade. Names and comments written
// for these tests, in the kinds blogs receive.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';
import type { FlagInput } from '../../../shared/types';

const engine = createFlagEngine();
const check = (input: FlagInput) => engine.check(input, UNKNOWN_AUTHOR_CONTEXT);
const codes = (input: FlagInput) => check(input).flags.filter((f) => f.weight > 0).map((f) => f.code);

describe('the name of a tech-support page', () => {
  it('is likely spam whatever the text, in English and in French', () => {
    const bland = 'If your computer has no wireless card, test it at a local computer store to find one that fits your needs.';
    expect(check({ content: bland, author_name: 'Canon Printer Support' }).likelySpam).toBe(true);
    expect(check({ content: 'Nice explanation of the concept, it helped me a lot.', author_name: 'Norton Customer Care' }).likelySpam).toBe(true);
    expect(check({ content: 'Merci pour ce partage, très instructif.', author_name: 'Assistance Imprimante Epson' }).likelySpam).toBe(true);
  });

  it('needs both the product and the seller of help: a product alone in a name is only a business name', () => {
    const r = check({ content: 'I service printers for a living and this guide matches what I see.', author_name: 'Dana Printer' });
    expect(r.flags.find((f) => f.code === 'author-commercial-name')?.weight).toBeLessThan(4);
    expect(r.likelySpam).toBe(false);
  });
});

describe('the names posting bots sign with', () => {
  it('reads a given name with random letters stuck on as a bot’s, a look', () => {
    for (const [name, given, added] of [['Jamesfup', 'James', 'fup'], ['Thomasbeext', 'Thomas', 'beext'], ['RobertPaw', 'Robert', 'Paw'], ['Normanfap', 'Norman', 'fap']] as const) {
      const f = check({ content: 'Hello, where can I read more about this?', author_name: name }).flags.find((x) => x.code === 'author-bot-name');
      expect(f?.params, name).toEqual({ given, added });
      expect(f?.weight, name).toBe(2);
    }
    // With a link, as most of them post: likely spam.
    expect(check({ content: 'Good site https://pills.example', author_name: 'Williamnub' }).likelySpam).toBe(true);
  });

  it('leaves one-word names alone that are names, a name and a word, an initial or a surname', () => {
    for (const name of ['Annabel', 'Jameson', 'Johnsmith', 'Davidson', 'Johnston', 'Petersen', 'Sarahb', 'Jacobs', 'Rajeshkumar', 'Juanma', 'Michaela', 'Christopher', 'MaryJane', 'Beth', 'Sam 123']) {
      expect(codes({ content: 'Hello, where can I read more about this?', author_name: name }), name).not.toContain('author-bot-name');
    }
  });

  it('leaves alone a name the lists lack that ends as other names do', () => {
    // Neither is in the lists of given names; "Bert" and "Rose" are, and other names end in "-rand" and "-lyne".
    for (const name of ['Bertrand', 'Roselyne']) {
      expect(codes({ content: 'Bonjour, où avez-vous trouvé vos plants de tomates ?', author_name: name }), name).not.toContain('author-bot-name');
    }
  });
});

describe('a currency’s name in an author’s name', () => {
  it('is a family name, not a business word (currencies are looked for in the text’s sums)', () => {
    expect(codes({ content: 'We spent 300 pounds on the roof and it still leaks.', author_name: 'Ezra Pounds' })).toEqual(['first-time-author']);
    expect(codes({ content: 'I made 500 euros a week from this website, working from home.', author_name: 'Ana' })).toContain('earnings-claim');
  });
});

describe('a web address with its dot left out', () => {
  it('makes generic praise likely spam', () => {
    const r = check({ content: 'Thanks for sharing the lovely post with us. I like your post.', author_name: 'Routerlogin Net' });
    expect(r.flags.find((f) => f.code === 'author-url-name')?.reason).toBe('The author’s name contains a web address');
    expect(r.likelySpam).toBe(true);
  });

  it('leaves ordinary names alone', () => {
    expect(codes({ content: 'Thanks for sharing the lovely post with us.', author_name: 'Anna Cominet' })).not.toContain('author-url-name');
    expect(codes({ content: 'Thanks for sharing the lovely post with us.', author_name: 'Marie Co' })).not.toContain('author-url-name');
  });
});

describe('Seo, a family name', () => {
  it('is not the SEO trade when written as a name', () => {
    const r = check({ content: 'great article, thank you!', author_name: 'Jae Duk Seo' });
    expect(r.flags.map((f) => f.kind)).not.toContain('author-commercial');
    expect(r.flags.map((f) => f.code)).not.toContain('name-spam-words');
    expect(r.likelySpam).toBe(false);
  });

  it('is the trade when written SEO', () => {
    expect(codes({ content: 'great article, thank you!', author_name: 'Best SEO Agency' })).toContain('author-commercial-name');
  });
});

describe('a dating offer as a name', () => {
  it('reads "Lovely Czech Girls" as a business, and with generic praise as likely spam', () => {
    const r = check({ content: 'Today I visited your website and after reading your blog I realise it is very informative.', author_name: 'Lovely Czech Girls' });
    expect(r.flags.find((f) => f.code === 'author-commercial-name')?.params).toEqual({ words: ['girls'] });
    expect(r.likelySpam).toBe(true);
  });

  it('leaves a reader’s own name alone, and a group’s name is only a look', () => {
    expect(codes({ content: 'Great tutorial, thanks!', author_name: 'Girlie Santos' })).not.toContain('author-commercial-name');
    expect(check({ content: 'Great tutorial, thanks!', author_name: 'Women Who Code Paris' }).likelySpam).toBe(false);
  });
});
