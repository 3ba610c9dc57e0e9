// Same verdicts as bad-words' isProfane on English text for its own list, except where its
// verdict is a false positive Moderato fixes on purpose (EN_EXCLUDED, each with its reason) or an
// entry bad-words can never match itself (its \b around a symbol: "shi+", "s.o.b.", "masterbat*").
import { Filter } from 'bad-words';
import { describe, expect, it } from 'vitest';
import { createFlagEngine } from '../../../shared/flags';
import { entryKeys } from '../../../shared/flags/matcher';
import { EN_EXCLUDED } from '../../../shared/flags/lists/en';

const filter = new Filter();
const engine = createFlagEngine();
const flagged = (text: string): boolean => engine.wordHits(text).length > 0;
const excludedKey = (word: string): string => entryKeys(word).join(' ');
/** bad-words wraps each entry in \b…\b: an entry that starts or ends with a symbol never matches. */
const unmatchableByBadWords = (word: string): boolean => /^[^a-z0-9]|[^a-z0-9]$/i.test(word);

describe('differential against bad-words isProfane', () => {
  it('agrees on a sentence around every word of its list, except the documented fixes', () => {
    const fixedFalsePositives = new Set<string>();
    const fixedMisses = new Set<string>();
    const unexplained: string[] = [];
    for (const word of new Set(filter.list)) {
      const sentence = `Well, ${word} is what I said.`;
      const theirs = filter.isProfane(sentence);
      const ours = flagged(sentence);
      if (theirs === ours) continue;
      if (theirs && excludedKey(word) in EN_EXCLUDED) fixedFalsePositives.add(excludedKey(word));
      else if (!theirs && unmatchableByBadWords(word)) fixedMisses.add(word);
      else unexplained.push(`${word}: bad-words ${theirs}, Moderato ${ours}`);
    }
    expect(unexplained).toEqual([]);
    // Every documented exclusion is really exercised by the list (no stale entries)…
    const stale = Object.keys(EN_EXCLUDED).filter(
      (k) => !fixedFalsePositives.has(k) && filter.list.some((w) => excludedKey(w) === k && !unmatchableByBadWords(w)),
    );
    expect(stale).toEqual([]);
    // …and the bulk of the list is matched exactly like bad-words does.
    expect(fixedFalsePositives.size).toBeLessThan(filter.list.length / 8);
    expect(fixedMisses.size).toBeLessThan(40);
  });

  it('agrees on clean English text, except bad-words’ hit inside "assécher"', () => {
    const clean = [
      'The classic Scunthorpe assistant mixed a cocktail.',
      'I passed the assessment and the class was great.',
      'Shiitake mushrooms and a cockpit tour: a fine afternoon.',
      'He analysed the therapist’s notes about the document.',
      'Our documentation explains how to grasp the basics.',
      'Thank you for the detailed answer about PHP versions.',
    ];
    for (const sentence of clean) {
      expect({ sentence, profane: filter.isProfane(sentence) }).toEqual({ sentence, profane: false });
      expect({ sentence, flagged: flagged(sentence) }).toEqual({ sentence, flagged: false });
    }
    // JavaScript's \b cuts "assécher" after "ass": bad-words' false positive, fixed on purpose.
    expect(filter.isProfane('Il faut assécher le marais.')).toBe(true);
    expect(flagged('Il faut assécher le marais.')).toBe(false);
  });

  it('agrees on profane English text', () => {
    for (const sentence of ['What a load of shit.', 'You are a bitch', 'FUCK this update', 'total asshole move']) {
      expect(filter.isProfane(sentence)).toBe(true);
      expect(flagged(sentence)).toBe(true);
    }
  });
});
