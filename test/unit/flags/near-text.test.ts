// Campaigns with nearly the same text (issue 12): one message reposted under several names with
// a few words changed, found in the site's recent spam or in the comments the owner marked.
// Comments written for these tests, modelled on the campaigns blogs receive (price enquiries,
// loan offers, channel plugs) and on genuine readers' thanks in English and French.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';
import { similarSketches, textSketch } from '../../../shared/flags/near-text';
import { createSpamModel, SpamModel } from '../../../shared/spam';
import { AppError } from '../../../shared/errors';
import type { FlagContext, FlagInput, FlagResult } from '../../../shared/types';

const engine = createFlagEngine();
const fresh: FlagContext = { ...UNKNOWN_AUTHOR_CONTEXT, approvedByAuthor: 0 };
const codes = (r: FlagResult) => r.flags.map((f) => f.code);
const sketch = (content: string) => {
  const o = engine.observe({ content });
  return textSketch(o.words, o.wordHashes);
};
const alike = (a: string, b: string) => similarSketches(sketch(a)!, sketch(b)!);

describe('nearly the same text', () => {
  it('joins a short enquiry reposted with a word or two changed, in English and in French', () => {
    expect(alike('May I have more information on this topic?', 'May I get more information about this topic?')).toBe(true);
    expect(alike('Can I have more information on this topic?', 'May I have more information on this topic?')).toBe(true);
    expect(alike('Bonjour, quel est le prix de ce produit ? Merci de me répondre rapidement.', 'Bonjour, quel est le prix de cet article ? Merci de me répondre vite.')).toBe(true);
  });

  it('does not join two different short thanks, in English or in French', () => {
    expect(alike('Thank you so much for this article, it really helped me!', 'Thanks a lot, this tutorial saved my afternoon.')).toBe(false);
    expect(alike('Great article, thanks for sharing!', 'Great post, thanks for sharing!')).toBe(false);
    expect(alike('Merci pour cet article très clair !', 'Merci beaucoup, tout est expliqué simplement.')).toBe(false);
    // Short thanks that share little more than their words of thanks.
    expect(alike('Thanks for this amazing tutorial!!!', 'Thanks for this tutorial :)')).toBe(false);
    expect(alike('Merci pour ce super tutoriel !', 'Merci pour ce tutoriel :)')).toBe(false);
  });

  it('leaves texts of a few words to exact matching', () => {
    expect(sketch('Thanks, great post!')).toBeNull();
    expect(sketch('Merci beaucoup !')).toBeNull();
  });

  it('ignores changed numbers: prices and amounts differ between a campaign’s copies', () => {
    expect(
      alike(
        'Prêt rapide entre particuliers sans frais de dossier, contactez-moi par e-mail pour une offre de 5000 euros.',
        'Prêt rapide entre particuliers sans frais, contactez-moi par mail pour une offre de 20000 euros.',
      ),
    ).toBe(true);
  });
});

describe('a campaign in the site’s recent spam', () => {
  it('flags an English copy with words changed, and says why', () => {
    const model = createSpamModel();
    model.learn({ content: 'Hi there, may I have more information on this topic? I would like to place an order for my company.' }, 'spam');
    const r = engine.check(
      { content: 'Hello, may I get more information about this topic? I would like to place an order for our company.', author_name: 'Lena' },
      fresh,
      model,
    );
    const flag = r.flags.find((f) => f.code === 'campaign-spam-similar');
    expect(flag?.reason).toBe('Nearly the same text is in this site’s spam (1 comment)');
    expect(r.likelySpam).toBe(true);
  });

  it('flags a French loan offer reposted with another amount and wording', () => {
    const model = createSpamModel();
    model.learn({ content: 'Offre de prêt entre particuliers sérieux et rapide, sans frais de dossier. Contactez-moi par e-mail pour 5000 euros.' }, 'spam');
    model.learn({ content: 'Offre de prêt entre particuliers sérieux, rapide et sans frais de dossier. Contactez-moi par e-mail pour 8000 euros.' }, 'spam');
    const r = engine.check({ content: 'Offre de prêt entre particuliers très sérieux et rapide, sans frais de dossier. Contactez-moi vite par e-mail pour 15000 euros.' }, fresh, model);
    expect(r.flags.find((f) => f.code === 'campaign-spam-similar')?.params).toEqual({ count: 2 });
    expect(r.likelySpam).toBe(true);
  });

  it('needs another signal for a short copy: a reader’s thanks can resemble a spammer’s', () => {
    const model = createSpamModel();
    model.learn({ content: 'May I have more information on this topic?' }, 'spam');
    const reader = engine.check({ content: 'May I get more information about this topic?', author_name: 'Paul' }, fresh, model);
    expect(codes(reader)).toContain('campaign-spam-similar');
    expect(reader.likelySpam).toBe(false);
    const shop = engine.check(
      { content: 'Can I have more information on this topic?', author_name: 'Cheap Flights Deals', author_url: 'https://cheap-flights.example' },
      fresh,
      model,
    );
    expect(shop.likelySpam).toBe(true);
  });

  it('does not join a reader’s different thanks to the thanks in the spam', () => {
    const model = createSpamModel();
    model.learn({ content: 'Thank you so much for this article, it really helped me!' }, 'spam');
    model.learn({ content: 'Merci pour cet article très clair, il m’a beaucoup aidé !' }, 'spam');
    for (const content of ['Thanks a lot, this tutorial saved my afternoon.', 'Merci beaucoup, tout est expliqué simplement et les exemples marchent.']) {
      const r = engine.check({ content }, fresh, model);
      expect(codes(r)).not.toContain('campaign-spam-similar');
      expect(r.likelySpam).toBe(false);
    }
  });

  it('still knows the campaign after the model is saved and read back, and refuses a damaged sketch', () => {
    const model = createSpamModel();
    model.learn({ content: 'Subscribe to my channel please, I post a new gaming video every single day!' }, 'spam');
    const state = JSON.parse(JSON.stringify(model.toJSON()));
    const copy = { content: 'please subscribe to my channel, I post new gaming videos every day!!' };
    expect(codes(engine.check(copy, fresh, SpamModel.fromJSON(state)))).toContain('campaign-spam-similar');
    expect(() => SpamModel.fromJSON({ ...state, nearSpamTexts: [[1, 20, 3]] })).toThrow(AppError);
  });
});

describe('one decision on a campaign’s copy', () => {
  const copies: FlagInput[] = [
    { content: 'May I have more information on this topic?', author_name: 'Anna K', author_email: 'anna@mail.example' },
    { content: 'May I get more information about this topic?', author_name: 'Mark B', author_email: 'markb@post.example' },
    { content: 'Can I have more information on this topic?', author_name: 'Julia', author_email: 'julia@inbox.example' },
  ];

  it('moves the other copies, under other names and addresses, up as likely spam', () => {
    const model = createSpamModel();
    model.update(copies[0]!, 'spam');
    for (const input of copies.slice(1)) {
      const r = engine.check(input, fresh, model);
      expect(r.flags.find((f) => f.code === 'like-marked-spam')?.reason).toBe('Like the comment you marked spam (nearly the same text)');
      expect(r.likelySpam).toBe(true);
    }
  });

  it('undoing the decision, or marking a copy not spam, moves them back', () => {
    const model = createSpamModel();
    model.update(copies[0]!, 'spam');
    model.revert(copies[0]!, 'spam');
    expect(engine.check(copies[1]!, fresh, model).likelySpam).toBe(false);

    const marked = createSpamModel();
    marked.update(copies[0]!, 'not-spam');
    const r = engine.check(copies[2]!, fresh, marked);
    expect(r.flags.find((f) => f.code === 'like-marked-genuine')?.params).toEqual({ via: 'similar-text' });
  });

  it('does not move a reader’s different short thanks when the owner marks a spammer’s thanks', () => {
    const model = createSpamModel();
    model.update({ content: 'Thank you so much for this article, it really helped me!', author_email: 'seo@links.example' }, 'spam');
    const r = engine.check({ content: 'Thanks a lot, this tutorial saved my afternoon.', author_email: 'tom@home.example' }, fresh, model);
    expect(codes(r)).not.toContain('like-marked-spam');
    expect(r.likelySpam).toBe(false);
  });
});
