import { describe, expect, it } from 'vitest';
import { createFlagEngine } from '../../../shared/flags';
import type { Span } from '../../../shared/types';

const engine = createFlagEngine();

/** What each hit covers in the original text, and which list it came from. */
function hits(text: string, e = engine): { text: string; list: Span['list'] }[] {
  return e.wordHits(text).map((s) => ({ text: text.slice(s.start, s.end), list: s.list }));
}

describe('word lists', () => {
  it('finds English words from bad-words’ list with their spans', () => {
    const text = 'You are a complete bastard and your code is crap.';
    const spans = engine.wordHits(text);
    expect(spans.map((s) => [s.start, s.end, s.list])).toEqual([
      [19, 26, 'en'],
      [44, 48, 'en'],
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['bastard', 'crap']);
  });

  it('finds French insults and spam vocabulary, accents optional, case ignored', () => {
    expect(hits('Espèce de CONNARD, t’es un enculé.')).toEqual([
      { text: 'CONNARD', list: 'fr' },
      { text: 'enculé', list: 'fr' },
    ]);
    // Written without its accent, or with other accents, the word is still found.
    expect(hits('quel encule, quel ENCULÉ')).toEqual([
      { text: 'encule', list: 'fr' },
      { text: 'ENCULÉ', list: 'fr' },
    ]);
    expect(hits('Credit rapide et prêt rapide, pas cher !')).toEqual([
      { text: 'Credit rapide', list: 'fr' },
      { text: 'prêt rapide', list: 'fr' },
      { text: 'pas cher', list: 'fr' },
    ]);
  });

  it('reports spans as offsets in the original text even after emoji, accents and ligatures', () => {
    const text = '😀😀 Œuvre très élégante… mais quel connard ! 🎉';
    const [span] = engine.wordHits(text);
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toBe('connard');
    expect(span!.term).toBe('connard');
    expect(span!.field).toBe('content');
  });

  it('matches on Unicode word boundaries: no hit inside a longer word', () => {
    expect(hits('Il faut assécher le marais avant l’hiver.')).toEqual([]);
    expect(hits('A classic Scunthorpe assistant ordered a cocktail.')).toEqual([]);
    expect(hits('Les passagers de la classe économique')).toEqual([]);
  });

  it('catches simple obfuscations', () => {
    expect(hits('sh1t')).toEqual([{ text: 'sh1t', list: 'en' }]);
    expect(hits('what a 5h!t show')).toEqual([{ text: '5h!t', list: 'en' }]);
    expect(hits('s.h.i.t happens')).toEqual([{ text: 's.h.i.t', list: 'en' }]);
    expect(hits('oh shiiiiit')).toEqual([{ text: 'shiiiiit', list: 'en' }]);
    expect(hits('f u c k this')).toEqual([{ text: 'f u c k', list: 'en' }]);
    expect(hits('quel c.o.n.n.a.r.d')).toEqual([{ text: 'c.o.n.n.a.r.d', list: 'fr' }]);
    // Punctuation after a word is not part of it.
    expect(hits('shit!!!')).toEqual([{ text: 'shit', list: 'en' }]);
  });

  it('does not read ordinary numbers, emails or letters as obfuscated words', () => {
    expect(hits('In 2013 I paid $55 for 3 items, mail me at sam@example.org, A. B. Smith')).toEqual([]);
    expect(hits('Désolé pour le retard, God bless.')).toEqual([]);
  });

  it('finds multi-word phrases', () => {
    expect(hits('he is a mother fucker')).toEqual([{ text: 'mother fucker', list: 'en' }]);
    expect(hits('Va te faire foutre.')).toEqual([{ text: 'Va te faire foutre', list: 'fr' }]);
  });

  it('finds a blocked phrase wherever it starts, and only the whole phrase', () => {
    const custom = createFlagEngine({ block: ['faux avis google', 'prêt rapide'] });
    expect(hits('Des faux avis, puis des faux avis Google et un Prêt  rapide.', custom)).toEqual([
      { text: 'faux avis Google', list: 'user' },
      { text: 'Prêt  rapide', list: 'user' },
    ]);
    const en = createFlagEngine({ block: ['fake reviews'] });
    expect(hits('fake news, fake fake reviews', en)).toEqual([{ text: 'fake reviews', list: 'user' }]);
  });

  it('reads a stretched word but never a number as stretched', () => {
    // "1000" is not "100" nor "10": a blocked number matches only itself.
    const custom = createFlagEngine({ block: ['100', 'arnaque'] });
    expect(hits('Il a payé 1000 euros, pas 100. Quelle arnaaaaque', custom)).toEqual([
      { text: '100', list: 'user' },
      { text: 'arnaaaaque', list: 'user' },
    ]);
  });

  it('skips HTML tags and entities', () => {
    expect(hits('<a href="https://ass.example">link</a> &amp; <em>fine</em>')).toEqual([]);
  });

  it('adds the user’s blocklist, and the allowlist wins over every list', () => {
    const custom = createFlagEngine({ block: ['arnaque', 'faux avis'], allow: ['crap', 'arnaque'] });
    expect(hits('Une arnaque, des faux avis, du crap et un connard.', custom)).toEqual([
      { text: 'faux avis', list: 'user' },
      { text: 'connard', list: 'fr' },
    ]);
    const blocked = createFlagEngine({ block: ['Rénovation'] });
    expect(hits('renovation pas chère', blocked).map((h) => h.list)).toEqual(['user', 'fr']);
  });

  it('changes listsVersion when the user lists change, not otherwise', () => {
    const a = createFlagEngine({ block: ['x1'], allow: [] });
    expect(createFlagEngine({ block: ['x1'], allow: [] }).listsVersion).toBe(a.listsVersion);
    expect(createFlagEngine({ block: ['x1', 'x2'], allow: [] }).listsVersion).not.toBe(a.listsVersion);
    expect(createFlagEngine({ block: ['x1'], allow: ['x2'] }).listsVersion).not.toBe(a.listsVersion);
  });

  it('flags words in the author’s name', () => {
    const result = engine.check({ content: 'Nice weather today.', author_name: 'Casino Royal Bonus' });
    const word = result.flags.find((f) => f.kind === 'word');
    expect(word?.spans?.[0]).toMatchObject({ start: 0, end: 6, field: 'author_name' });
  });
});

describe('letters of another alphabet drawn like Latin ones', () => {
  it('reads a Latin word with Cyrillic or Greek lookalikes mixed in as the word it shows', () => {
    // "вuy сheap viagra": в and с are Cyrillic.
    expect(hits('вuy сheap viagra').map((h) => h.text)).toEqual(['сheap viagra']);
    expect(engine.check({ content: 'вuy сheap viagra', author_name: 'X' }).flags.find((f) => f.code === 'spam-words')?.params?.terms).toContain('cheap viagra');
  });

  it('leaves Russian and Greek words, and Spam vocabulary of commerce, as they are', () => {
    expect(hits('Привет всем, хорошая статья, спасибо')).toEqual([]);
    expect(engine.check({ content: 'My doctor prescribed Viagra after the surgery, it helped.' }).flags.find((f) => f.code === 'spam-words')?.reason).toBe('Spam vocabulary: “viagra”');
  });
});

describe('invisible characters slipped inside a word', () => {
  it('are read past, and said as a note: the word is the one it shows', () => {
    for (const content of ['Buy cheap vi\u200bagra online', 'cheap c\u00adialis online no pre\u2060scription']) {
      const r = engine.check({ content, author_name: 'X' });
      expect(r.likelySpam, JSON.stringify(content)).toBe(true);
      expect(r.flags.find((f) => f.code === 'styled-letters')?.note, JSON.stringify(content)).toBe(true);
    }
  });

  it('are not the joiners emoji and Persian words are written with, nor a byte order mark at a comment’s end', () => {
    for (const content of ['Our family 👨\u200d👩\u200d👧 loved this trip', 'می\u200cخواهم این را بخرم', 'Love this song\ufeff']) {
      expect(engine.check({ content, author_name: 'X' }).flags.map((f) => f.code), JSON.stringify(content)).not.toContain('styled-letters');
    }
  });
});

describe('a phrase is said within one sentence (a set written apart from the rules)', () => {
  it('finds no "visit my" across a question mark, and still finds it inside a sentence', () => {
    const terms = (text: string) => engine.check({ content: text, author_name: 'Jenny' }).flags.flatMap((f) => f.spans ?? []).map((s) => s.term);
    expect(terms('At what age do you recommend the first visit? My son is 14 months old.')).not.toContain('visit my');
    expect(terms('Is this the first visit. My daughter asks.')).not.toContain('visit my');
    expect(terms('Please visit my page for more covers')).toContain('visit my');
  });
});
