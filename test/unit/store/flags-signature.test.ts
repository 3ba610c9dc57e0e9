import { describe, expect, it } from 'vitest';
import { flagsSignature } from '../../../electron/core/store/flags-signature';
import type { Scorer } from '../../../electron/core/store';
import type { Flag } from '../../../shared/types';
import { seedStore } from '../../support/fixtures/seed-store';
import { memoryStore } from './helpers';

const base = (): Flag[] => [
  { kind: 'word', reason: 'Words you blocked: “pruning”', weight: 3, spans: [{ start: 4, end: 11, term: 'pruning', list: 'user', field: 'content' }] },
  { kind: 'links', reason: '2 links (WordPress holds comments at 2)', weight: 4 },
];

describe('flags signature (what a re-flag compares instead of the stored flags text)', () => {
  it('is the same for flags with the same JSON, built separately', () => {
    expect(flagsSignature(base())).toBe(flagsSignature(JSON.parse(JSON.stringify(base())) as Flag[]));
    expect(Number.isSafeInteger(flagsSignature(base()))).toBe(true);
  });

  it('changes when any field of a flag or of a span changes', () => {
    const variants: ((f: Flag[]) => void)[] = [
      (f) => (f[0]!.kind = 'promotion'),
      (f) => (f[0]!.reason += '.'),
      (f) => (f[1]!.weight = 4.5),
      (f) => (f[0]!.spans![0]!.start = 5),
      (f) => (f[0]!.spans![0]!.end = 12),
      (f) => (f[0]!.spans![0]!.term = 'prune'),
      (f) => (f[0]!.spans![0]!.list = 'en'),
      (f) => (f[0]!.spans![0]!.field = 'author_name'),
      (f) => f.reverse(),
      (f) => f.pop(),
      (f) => (f[1]!.spans = []),
    ];
    const seen = new Set([flagsSignature(base())]);
    for (const change of variants) {
      const flags = base();
      change(flags);
      seen.add(flagsSignature(flags));
    }
    expect(seen.size).toBe(variants.length + 1);
    expect(flagsSignature([])).not.toBe(flagsSignature(base()));
  });

  it('tells text boundaries apart ("ab" + "c" is not "a" + "bc")', () => {
    const a: Flag[] = [{ kind: 'word', reason: 'ab', weight: 1, spans: [{ start: 0, end: 1, term: 'c', list: 'en', field: 'content' }] }];
    const b: Flag[] = [{ kind: 'word', reason: 'a', weight: 1, spans: [{ start: 0, end: 1, term: 'bc', list: 'en', field: 'content' }] }];
    expect(flagsSignature(a)).not.toBe(flagsSignature(b));
  });
});

describe('reflagAll with signatures', () => {
  it('rewrites a comment whose flags changed while its score did not, and only then', () => {
    const store = memoryStore();
    try {
      seedStore(store);
      const withReason = (reason: string): Scorer => () => ({
        flags: [{ kind: 'word', reason, weight: 2 }],
        score: 2,
        likelySpam: false,
        spamProbability: null,
      });
      store.setScorer(withReason('Contains “SEO”'));
      const all = store.reflagAll();
      expect(all).toBeGreaterThan(0);
      expect(store.reflagAll()).toBe(0);
      store.setScorer(withReason('Contains “SEO” twice'));
      expect(store.reflagAll()).toBe(all);
      const id = store.listQueue({ status: 'all', sort: 'newest' }, null, 1).items[0]!.id;
      expect(store.getComment(id).flags).toEqual([{ kind: 'word', reason: 'Contains “SEO” twice', weight: 2 }]);
    } finally {
      store.close();
    }
  });
});
