// Commercial vocabulary of spam kinds blogs receive (issue 12), in English and French: courses
// sold city by city, brides and cams, private lenders and psychics. Comments written for these tests.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';

const engine = createFlagEngine();
const check = (content: string) => engine.check({ content, author_name: 'Visitor' }, UNKNOWN_AUTHOR_CONTEXT);
const terms = (content: string) => engine.wordHits(content).map((s) => s.term);

describe('commercial vocabulary', () => {
  it('knows a course sold city by city and dating offers, in English', () => {
    expect(terms('Join the best selenium training in pune, placement guaranteed after the course.')).toContain('training in pune');
    expect(check('Join the best selenium training in pune, placement guaranteed after the course.').likelySpam).toBe(true);
    expect(terms('Meet ukrainian brides looking for a serious relationship today')).toContain('ukrainian brides');
  });

  it('knows private lenders and psychics, in French', () => {
    const offer = 'Prêteur privé sérieux, offre de financement sous 48 heures, contactez-moi par mail.';
    expect(terms(offer)).toEqual(expect.arrayContaining(['prêteur privé', 'offre de financement']));
    expect(check(offer).likelySpam).toBe(true);
    expect(terms('Voyant sérieux, voyance gratuite par téléphone')).toEqual(expect.arrayContaining(['voyant sérieux', 'voyance gratuite']));
  });

  it('knows the gambling sites and diplomas sent to every blog, in Indonesian and Russian too', () => {
    for (const content of [
      'Situs judi slot gacor hari ini dengan RTP tertinggi, daftar sekarang juga.',
      'Купить диплом о высшем образовании с доставкой по всей России недорого.',
      'Лучшее онлайн казино с бонусом за регистрацию каждый день.',
    ]) {
      expect(check(content).likelySpam, content).toBe(true);
    }
    expect(terms('Купить диплом о высшем образовании')).toContain('купить диплом');
  });

  it('leaves a reader’s words about a training or a loan alone', () => {
    expect(check('The training in this notebook took two hours on my laptop, is that expected?').likelySpam).toBe(false);
    expect(check('J’ai fait une simulation de prêt immobilier avec votre tableur, merci !').likelySpam).toBe(false);
  });
});
