import { describe, expect, it } from 'vitest';
import { createFlagEngine } from '../../../shared/flags';
import { AppError } from '../../../shared/errors';
import { createSpamModel, LEARNING_THRESHOLD, SpamModel } from '../../../shared/spam';
import { FEATURE_SET_VERSION } from '../../../shared/spam/features';
import type { FlagContext, FlagInput } from '../../../shared/types';

// A small site history written for these tests: genuine comments about a cooking blog in English
// and French, and spam from one pharmacy spammer whose domain appears in every message.
const HAM_OPENERS = ['I tried the', 'We cooked the', 'My kids loved the', 'J’ai testé la', 'Nous avons refait la', 'Petite question sur la'];
const HAM_SUBJECTS = ['lemon tart', 'onion soup', 'ratatouille', 'bread recipe', 'tarte aux pommes', 'soupe de potiron', 'quiche'];
const HAM_ENDINGS = [
  'and it came out a bit dry, maybe my oven runs hot.',
  'with less sugar, still great.',
  'et la pâte a levé parfaitement.',
  'mais faut-il préchauffer le four plus longtemps ?',
  'and my neighbour asked for the recipe.',
  'avec des herbes du jardin, un régal.',
];
const SPAM_LINES = [
  'Best prices on pills, order today at',
  'Cheap meds without prescription, visit',
  'Generic pills shipped fast, see',
  'Save 80% on your pharmacy order:',
];

function ham(i: number): FlagInput {
  return {
    content: `${HAM_OPENERS[i % HAM_OPENERS.length]} ${HAM_SUBJECTS[i % HAM_SUBJECTS.length]} ${HAM_ENDINGS[(i * 5) % HAM_ENDINGS.length]}`,
    author_name: ['Claire', 'Tom B.', 'Hélène', 'Marc', 'Sofia'][i % 5],
    author_email: `reader${i % 9}@mail.example`,
  };
}

function spam(i: number): FlagInput {
  return {
    content: `${SPAM_LINES[i % SPAM_LINES.length]} https://pharma-deals.example/p/${i} now`,
    author_name: ['Rx Store', 'Jenny', 'Pill Shop Online'][i % 3],
    author_email: `promo${i}@bulk.example`,
  };
}

function trainedModel(n = 60): SpamModel {
  const model = createSpamModel();
  const examples = [];
  for (let i = 0; i < n; i++) examples.push({ input: ham(i), label: 'ham' as const }, { input: spam(i), label: 'spam' as const });
  model.train(examples);
  return model;
}

const firstTime: FlagContext = { approvedByAuthor: 0, spamByEmail: 0, spamByIp: 0, sameText: 0, knownPingbackSource: true };

describe('spam model', () => {
  it('is learning until it has seen enough examples of each class', () => {
    const model = createSpamModel();
    for (let i = 0; i < LEARNING_THRESHOLD; i++) model.learn(spam(i), 'spam');
    for (let i = 0; i < LEARNING_THRESHOLD - 1; i++) model.learn(ham(i), 'ham');
    expect(model.status()).toEqual({ spamExamples: 50, hamExamples: 49, learning: true });
    model.learn(ham(99), 'ham');
    expect(model.status().learning).toBe(false);
  });

  it('scores spam high and genuine comments low, with readable features', () => {
    const model = trainedModel();
    const s = model.score({ content: 'Cheap pills, order at https://pharma-deals.example/new', author_name: 'Rx Store' });
    const h = model.score({ content: 'J’ai testé la quiche avec du chèvre, un régal.', author_name: 'Claire' });
    expect(s.probability).toBeGreaterThan(0.9);
    expect(h.probability).toBeLessThan(0.1);
    expect(s.features.length).toBeGreaterThan(0);
    expect(s.features.length).toBeLessThanOrEqual(5);
    expect(s.features.map((f) => f.label)).toContain('a link to pharma-deals.example');
    expect(s.features.every((f) => !f.label.includes(':'))).toBe(true);
  });

  it('flags the next comment of the spammer whose domain fills the Spam folder', () => {
    const model = trainedModel();
    const engine = createFlagEngine();
    const next = {
      content: 'Interesting thoughts. More here: <a href="https://www.pharma-deals.example/blog">my page</a>',
      author_name: 'Lucy',
      author_email: 'lucy@fresh.example',
    };
    const result = engine.check(next, firstTime, model);
    expect(result.likelySpam).toBe(true);
    expect(result.spamProbability).toBeGreaterThan(0.9);
    const classifier = result.flags.find((f) => f.kind === 'classifier');
    expect(classifier?.reason).toContain('pharma-deals.example');
  });

  it('learns from a Spam folder of spun text under many websites that such text is this site’s spam, and says so', () => {
    // Each spun comment under its own website, none a domain seen twice: only their kind is shared.
    const spun = [
      'Its like you read my mind! You appear to know so much about this.',
      'hello there and thank you for your info, I have picked up something new from right here.',
      'I could not be more pleased with this, keep it up and all the best.',
      'This is the right page for anyone who wants to find out about this subject.',
    ];
    const model = createSpamModel();
    for (let i = 0; i < 60; i++) {
      model.learn(ham(i), 'ham');
      model.learn({ content: spun[i % spun.length]!, author_name: `Visitor ${i}`, author_url: `https://site-${i}.example/` }, 'spam');
    }
    const engine = createFlagEngine();
    const next = engine.check({ content: 'I am really glad I found this, you have made my day with it.', author_name: 'Noah', author_url: 'https://harbor-view.example/' }, firstTime, model);
    expect(next.likelySpam).toBe(true);
    expect(next.flags.find((f) => f.kind === 'classifier')?.reason).toContain('a text that names nothing of any article, under an advertised website');
    // A reader naming something of the post, same website kind: the model has no such text in its spam.
    const reader = engine.check({ content: 'We cooked the onion soup with cider instead of wine.', author_name: 'Noah', author_url: 'https://harbor-view.example/' }, firstTime, model);
    expect(reader.likelySpam).toBe(false);
  });

  it('learns from a Spam folder of keyboard mashes that letters typed at random are this site’s spam, and says so', () => {
    // Each mash its own letters: only their kind is shared.
    const mashes = ['sdfgsdfg dfghdfgh', 'kjhkjh lkjlkj', 'qwrtqwrt zxcvzxcv', 'hjklhjkl fdsfds', 'xcvxcv bnmbnm', 'wrtwrt pqrpqr'];
    const model = createSpamModel();
    for (let i = 0; i < 60; i++) {
      model.learn(ham(i), 'ham');
      model.learn({ content: `${mashes[i % mashes.length]} ${'tyuiop'.slice(0, 1 + (i % 5))}`, author_name: `Visitor ${i}` }, 'spam');
    }
    const engine = createFlagEngine();
    const next = engine.check({ content: 'gfhjgfhj vbnmvbnm', author_name: 'Noah' }, firstTime, model);
    expect(next.likelySpam).toBe(true);
    expect(next.flags.find((f) => f.kind === 'classifier')?.reason).toContain('letters typed at random');
  });

  it('learns from a Spam folder signed by bots (a given name with letters stuck on) that such names are this site’s spam', () => {
    const bots = ['Jamesfup', 'Thomasbeext', 'Georgekib', 'Lesterwat', 'Williamnub', 'Normanfap', 'Stevenhoupt', 'Alicekem'];
    const lines = ['Hello, what is the price of this?', 'Where can I read more, friend?', 'Good day to all of you here', 'Any news on the next one?'];
    const model = createSpamModel();
    for (let i = 0; i < 60; i++) {
      model.learn(ham(i), 'ham');
      model.learn({ content: lines[i % lines.length]!, author_name: bots[i % bots.length]! }, 'spam');
    }
    const engine = createFlagEngine();
    const text = 'Thanks, the second step was the one I kept missing.';
    const next = engine.check({ content: text, author_name: 'Richardwoomb' }, firstTime, model);
    expect(next.flags.find((f) => f.code === 'author-bot-name')?.reason).toBe('The author’s name is a given name with letters stuck on (“Richard” + “woomb”), as posting bots sign');
    expect(next.likelySpam).toBe(true);
    expect(next.flags.find((f) => f.kind === 'classifier')?.reason).toContain('a given name with letters stuck on');
    // The same words signed by a person are not.
    expect(engine.check({ content: text, author_name: 'Richard Wood' }, firstTime, model).likelySpam).toBe(false);
  });

  it('learns the network a site’s spam bots post from, and judges a new address in it by that', () => {
    const lines = ['Hello, what is the price of this?', 'Where can I read more, friend?', 'Good day to all of you here', 'Any news on the next one?'];
    const model = createSpamModel();
    for (let i = 0; i < 60; i++) {
      model.learn({ ...ham(i), author_ip: `192.0.2.${i}` }, 'ham');
      model.learn({ content: lines[i % lines.length]!, author_name: `Visitor ${i}`, author_ip: `198.51.100.${i}` }, 'spam');
    }
    const engine = createFlagEngine();
    const text = { content: 'Thanks, the second step was the one I kept missing.', author_name: 'Noah' };
    const fromBots = engine.check({ ...text, author_ip: '198.51.100.201' }, firstTime, model);
    expect(fromBots.likelySpam).toBe(true);
    expect(fromBots.flags.find((f) => f.kind === 'classifier')?.reason).toContain('an IP address in the network 198.51.100');
    expect(engine.check({ ...text, author_ip: '203.0.113.9' }, firstTime, model).likelySpam).toBe(false);
  });

  it('does not flag a genuine French comment from a previously approved author', () => {
    const model = trainedModel();
    const engine = createFlagEngine();
    const result = engine.check(
      {
        content: 'Merci Claire ! J’ai refait la tarte aux pommes avec des reinettes, et la pâte était bien croustillante.',
        author_name: 'Hélène',
        author_email: 'reader2@mail.example',
      },
      { ...firstTime, approvedByAuthor: 4 },
      model,
    );
    expect(result.likelySpam).toBe(false);
    expect(result.spamProbability).toBeLessThan(0.5);
  });

  it('updates at once on each decision, and un-learns a wrong spam verdict', () => {
    const model = trainedModel();
    const comment = { content: 'Wholesale sunglasses at sunnyshades.example, visit today', author_name: 'Shades' };
    const before = model.score(comment).probability;
    model.update(comment, 'spam');
    expect(model.status().spamExamples).toBe(61);
    expect(model.score(comment).probability).toBeGreaterThan(before);
    model.update(comment, 'not-spam');
    expect(model.status()).toMatchObject({ spamExamples: 60, hamExamples: 61 });
    expect(model.score(comment).probability).toBeLessThan(before);
    model.update(ham(3), 'approve');
    expect(model.status().hamExamples).toBe(62);
  });

  it('persists compactly and reloads to the same scores', () => {
    const model = trainedModel();
    const json = JSON.parse(JSON.stringify(model.toJSON()));
    const reloaded = SpamModel.fromJSON(json);
    expect(reloaded.status()).toEqual(model.status());
    for (const input of [spam(7), ham(7), { content: 'Nothing like either of them' }]) {
      expect(reloaded.score(input)).toEqual(model.score(input));
    }
    // Bodies are not kept: only counted features.
    expect(JSON.stringify(json)).not.toContain('Best prices on pills, order today at');
  });

  it('caps the saved vocabulary, keeping the most frequent features', () => {
    const model = createSpamModel({ maxVocabulary: 40 });
    for (let i = 0; i < 30; i++) {
      model.learn({ content: `unique${i}a unique${i}b https://pharma-deals.example` }, 'spam');
      model.learn({ content: `rare${i}x rare${i}y, a kind word` }, 'ham');
    }
    const state = model.toJSON();
    expect(state.features.length).toBe(40);
    const kept = new Set(state.features.map(([f]) => f));
    expect(kept.has('d:pharma-deals.example')).toBe(true);
    expect(kept.has('w:kind')).toBe(true);
    expect(SpamModel.fromJSON(state).score({ content: 'see https://pharma-deals.example' }).probability).toBeGreaterThan(0.9);
  });

  it('knows when it was learned under an older feature set, and starts a relearning with the owner’s decisions only', () => {
    const model = trainedModel();
    model.update({ content: 'Seeds at half price this week', author_email: 'deals@offers.example' }, 'spam');
    expect(model.outdated).toBe(false);
    const { featureSet, ...older } = model.toJSON();
    expect(featureSet).toBe(FEATURE_SET_VERSION);
    expect(SpamModel.fromJSON(older).outdated).toBe(true);
    expect(createSpamModel().outdated).toBe(false);

    const fresh = SpamModel.fromJSON(older).keepingDecisions();
    expect(fresh.status()).toEqual({ spamExamples: 0, hamExamples: 0, learning: true });
    const sameAuthor = { content: 'A spring sale on every packet', author_email: 'deals@offers.example' };
    expect(fresh.marked(sameAuthor, createFlagEngine().observe(sameAuthor))).toEqual({ label: 'spam', via: 'email' });
  });

  it('refuses a damaged saved state with a clear error', () => {
    expect(() => SpamModel.fromJSON({ version: 1, spam: -1, ham: 0, features: [] })).toThrow(AppError);
    expect(() => SpamModel.fromJSON('nonsense')).toThrow(/retrain/);
    expect(() => SpamModel.fromJSON({ version: 1, spam: 1, ham: 1, features: [['w:x', 1]] })).toThrow(AppError);
  });

  it('knows the e-mail and IP addresses of the site’s Spam folder, and its approved readers’ e-mail addresses', () => {
    const model = createSpamModel();
    model.learn({ content: 'Loans for everyone, apply today', author_email: 'Offers@Lender.example', author_ip: '203.0.113.9' }, 'spam');
    model.learn({ content: 'Great soup, thank you', author_email: 'claire@mail.example', author_ip: '192.0.2.4' }, 'ham');
    const engine = createFlagEngine();
    // The spammer's next message, nothing in its words: its e-mail address gives it away.
    const next = engine.check({ content: 'Hello, lovely pictures of the garden.', author_email: 'offers@lender.example', author_ip: '198.51.100.3' }, firstTime, model);
    expect(next.flags.find((f) => f.code === 'known-spam-email')?.reason).toBe('This email address sent 1 comment already marked spam');
    expect(next.likelySpam).toBe(true);
    // Another sender from the spam's IP: a look, not a verdict.
    const sameIp = engine.check({ content: 'Hello, lovely pictures of the garden.', author_email: 'someone@mail.example', author_ip: '203.0.113.9' }, firstTime, model);
    expect(sameIp.flags.map((f) => f.code)).toContain('known-spam-ip');
    expect(sameIp.likelySpam).toBe(false);
    // An approved reader is no first-time author; an approved comment's IP vouches for nobody else.
    const claire = engine.check({ content: 'Made it again with leeks.', author_email: 'claire@mail.example' }, firstTime, model);
    expect(claire.flags.find((f) => f.code === 'approved-author')?.params).toEqual({ count: 1 });
    const neighbour = engine.check({ content: 'Made it again with leeks.', author_email: 'tom@mail.example', author_ip: '192.0.2.4' }, firstTime, model);
    expect(neighbour.flags.map((f) => f.code)).toContain('first-time-author');
    // The owner's own decisions are the store's to count: undoing one leaves the Spam folder's count alone.
    const another = { content: 'Fast loans, no questions', author_email: 'offers@lender.example', author_ip: '203.0.113.9' };
    model.update(another, 'spam');
    model.revert(another, 'spam');
    expect(model.authorHistory(another)).toEqual({ spamByEmail: 1, spamByIp: 1, approvedByEmail: 0 });
    // Saved with the site's model, and taken back with an example un-learned.
    const reloaded = SpamModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    expect(reloaded.authorHistory({ content: '', author_email: 'offers@lender.example' }).spamByEmail).toBe(1);
    reloaded.unlearn({ content: 'Loans for everyone, apply today', author_email: 'Offers@Lender.example', author_ip: '203.0.113.9' }, 'spam');
    expect(reloaded.authorHistory({ content: '', author_email: 'offers@lender.example', author_ip: '203.0.113.9' })).toEqual({ spamByEmail: 0, spamByIp: 0, approvedByEmail: 0 });
  });

  it('gives no verdict of its own while learning, but the domains of the site’s spam already count', () => {
    const model = trainedModel(10);
    expect(model.learning).toBe(true);
    const engine = createFlagEngine();
    const input = { content: 'Cheap pills at https://pharma-deals.example', author_name: 'Rx Store' };
    const result = engine.check(input, firstTime, model);
    expect(result.spamProbability).toBeNull();
    expect(result.flags.map((f) => f.kind)).not.toContain('classifier');
    expect(result.flags.find((f) => f.code === 'spam-domain')?.reason).toBe('Points to pharma-deals.example, seen in 10 comments of this site’s spam');
    const bare = engine.check(input, firstTime, null);
    expect(bare.flags.map((f) => f.code)).not.toContain('spam-domain');
    expect(result.flags.filter((f) => f.code !== 'spam-domain')).toEqual(bare.flags);
  });
});
