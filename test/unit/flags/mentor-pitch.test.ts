// The testimonials posted in chains under finance videos (issue 12), and the other kinds of a
// 2020s video's comments: a channel impersonated on Telegram, a meme coin, pictures "in my bio".
// Comments written for these tests; the first run of a set written apart from the rules found them.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';

const engine = createFlagEngine();
const check = (content: string) => engine.check({ content, author_name: 'Viewer' }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' });

describe('a testimonial for a money mentor', () => {
  it('is likely spam: vouching for a person next to money, or vouching twice', () => {
    for (const content of [
      'Mrs Evelyn is the real deal!! Just got my third withdrawal this morning 🙌',
      'How do I reach this Mr. Hartley? I keep losing money trading on my own.',
      'I have been with him for a year now, he is legit and very patient with beginners.',
      'She is the best in the field, we paid off our mortgage two years early. God bless her',
    ]) {
      const r = check(content);
      expect(r.flags.find((f) => f.code === 'mentor-pitch')?.reason, content).toMatch(/^Vouches for a money “mentor”/);
      expect(r.likelySpam, content).toBe(true);
    }
  });

  it('is not a viewer naming an investor, praising an album or complaining about the bots', () => {
    for (const content of [
      'Mr. Buffett’s strategy of buying index funds is still the best advice for most people.',
      'This album is the real deal, worth every penny I paid for the vinyl.',
      'Every finance video has the same bot replies about some Mrs. whoever on Telegram. Just report them.',
      'My dad helped me open my first investment account when I was 18, best thing he did.',
    ]) {
      const r = check(content);
      expect(r.flags.some((f) => f.code === 'mentor-pitch'), content).toBe(false);
      expect(r.likelySpam, content).toBe(false);
    }
  });
});

describe('the rest of a 2020s video’s spam', () => {
  it('is likely spam', () => {
    for (const content of [
      'Thanks for watching and commenting 🎉 Text me on Telegram @Channel_Support01, I have something special for you',
      'New meme coin launching tomorrow, easy 100x, CA in my bio 🚀',
      'my pics are in my bio 🔞 don’t tell anyone',
      'legit earn $500 daily from your phone, check w w w . cashflow . online (remove spaces)',
      'If you have lost funds to a fake investment platform, recovery is possible. Write to them on gmail.',
      'Mau cuan tiap hari? Deposit kecil langsung JP, link ada di profil',
    ]) {
      expect(check(content).likelySpam, content).toBe(true);
    }
  });
});
