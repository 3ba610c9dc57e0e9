// The spam verdict on a real WordPress (test/wordpress/run.sh): a technical blog whose Spam
// folder and approved comments are synced into a fresh Moderato, whose queue is then judged —
// a campaign, a domain from the Spam folder, a support-number pitch, price enquiries in a
// language the blog never uses, an author whose website is a referral link, one website under
// three names, a posting bot back from the Spam folder's network, a link farm's pingback, and genuine readers,
// one linking to GitHub, one signing with their own blog. Marking one comment
// of the campaign spam moves the rest at once. Comments written for this test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentDetail } from '../../shared/types';
import { createService, type Service } from '../../electron/core/service';
import type { SeedComment } from '../support/sync-seed';
import { WP, seedSite } from './wp-env';
import { memoryCredentials, memorySettings } from '../support/memory-stores';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const POST = 'csv-files-in-python';

// A history big enough for the site's filter to leave its learning phase (50 of each).
const TOPICS = ['the csv module', 'pandas read_csv', 'the encoding argument', 'the chunksize option', 'quoting rules', 'the dialect sniffer', 'date parsing', 'the header row'];
const READER_LINES = [
  'I tried {t} on a file exported from our accounting tool and the accents finally came out right.',
  'Could you add an example of {t} with a semicolon separator? Our European exports use them.',
  'Thanks, {t} was exactly what I was missing; my script now reads the whole archive in a minute.',
  'Small correction: {t} behaves differently on Windows line endings, worth a note in the article.',
  'Is {t} still the recommended way in recent versions, or is there something faster now?',
  'We teach {t} to our interns with this page, the step by step explanation works well.',
  'After reading about {t} I rewrote our import job and it stopped crashing on empty lines.',
];
const SPAM_LINES = [
  'Best deals on watches and bags at {d}, order today with free shipping.',
  'Earn money from home with our program, details on {d} now.',
  'Cheap replica handbags, new models every week: {d}',
  'Buy instagram followers and likes instantly, visit {d}',
  'Great post! Grow your traffic with our seo services at {d}',
];
const SPAM_DOMAINS = ['https://luxe-replicas.example/shop', 'https://www.luxe-replicas.example/new', 'https://fast-followers.example/buy'];

function history(): SeedComment[] {
  const out: SeedComment[] = [];
  for (let i = 0; i < 56; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    out.push({
      key: `reader-${i}`, post: POST, author_name: `Reader ${i}`, author_email: `reader${i}@mail.example`,
      author_ip: `192.0.2.${i + 1}`, author_user_agent: FIREFOX, date_gmt: `2024-0${1 + (i % 3)}-${day}T10:00:00`, status: 'approved',
      content: READER_LINES[i % READER_LINES.length]!.replace('{t}', TOPICS[i % TOPICS.length]!),
    });
    out.push({
      key: `spam-${i}`, post: POST, author_name: ['Luxe Outlet', 'Anna', 'Promo Team'][i % 3]!, author_email: `promo${i}@bulk-mail.example`,
      author_ip: `203.0.113.${i + 1}`, author_user_agent: FIREFOX, date_gmt: `2024-0${1 + (i % 3)}-${day}T11:00:00`, status: 'spam',
      content: SPAM_LINES[i % SPAM_LINES.length]!.replace('{d}', `${SPAM_DOMAINS[i % SPAM_DOMAINS.length]}/${i}`),
    });
  }
  return out;
}

const pending = (key: string, author: string, email: string, ip: string, content: string, url = ''): SeedComment => ({
  key, post: POST, author_name: author, author_email: email, author_url: url, author_ip: ip, author_user_agent: FIREFOX,
  date_gmt: '2024-04-02T09:00:00', status: 'hold', content,
});

const QUEUE: SeedComment[] = [
  // A campaign: one short enquiry under three names and addresses.
  pending('campaign-1', 'Office Chairs Depot', 'sales@chairs-depot.example', '198.51.100.11', 'May I have more information on this topic? Please send me the price list.', 'https://chairs-depot.example'),
  pending('campaign-2', 'Garden Pumps', 'info@garden-pumps.example', '198.51.100.12', 'May I have more information on this topic? Please send me the price list.', 'https://garden-pumps.example'),
  pending('campaign-3', 'Tiles Warehouse', 'hello@tiles-warehouse.example', '198.51.100.13', 'May I have more information on this topic? Please send me the price list.'),
  // A domain the Spam folder knows, on a comment that is otherwise harmless-looking.
  pending('known-domain', 'Emma', 'emma@mail.example', '198.51.100.20', 'Interesting, I found more examples here: https://shop.luxe-replicas.example/blog'),
  // A support-number pitch.
  pending('support', 'Printer Help Desk', 'desk@printer-help.example', '198.51.100.30', 'Printer offline again? Call our toll-free support line 1-888-555-0142, technicians available 24/7.'),
  // A price enquiry in a language this English blog never uses.
  pending('foreign', 'Jon', 'jon@mail.example', '198.51.100.40', 'Zer da produktu honen prezioa eta noiz bidaliko didazue etxera, mesedez erantzun azkar mesedez?'),
  // A generic question from an author whose website is a referral link, and a short price enquiry in Basque.
  pending('referral', 'Create Account', 'x7@mail.example', '198.51.100.70', 'Your point of view caught my eye and was very interesting. Thanks. I have a question for you.', 'https://accounts.exchange.example/en/register?ref=Q7XZ2'),
  pending('price-short', 'Kelly', 'kelly@mail.example', '198.51.100.80', 'Kaixo, zure prezioa jakin nahi nuen.'),
  // One website under three names and three texts, two of them on subdomains: a campaign no text gives away.
  pending('site-1', 'Megan', 'megan@mail.example', '198.51.100.101', 'Interesting read, I never thought about the layout of a small kitchen that way.', 'https://www.northgate-homes.example/'),
  pending('site-2', 'Oliver', 'oliver@mail.example', '198.51.100.102', 'Good points here, especially the bit about planning storage before buying anything.', 'https://gallery.northgate-homes.example/'),
  pending('site-3', 'Chloe', 'chloe@mail.example', '198.51.100.103', 'We went through the same questions last spring when we redid our place.', 'https://shop.northgate-homes.example/contact'),
  // One message spun under three names: a few words changed in each copy, no website, other addresses.
  pending('spun-1', 'Roxanne', 'roxanne@mail.example', '198.51.100.111', 'Hello there! This article could not be more useful. Reading it reminds me of my old colleague who kept talking about data cleaning. I am sending the link to him today.'),
  pending('spun-2', 'Bettye', 'bettye@post.example', '198.51.100.112', 'Hi there! This post could not be more helpful. Reading it reminds me of my old colleague who always kept talking about data cleaning. I am sending the link to him now.'),
  pending('spun-3', 'Lavonne', 'lavonne@inbox.example', '198.51.100.113', 'Hey there! This article could not be more helpful. Reading it reminds me of my former colleague who kept talking about data cleaning. I am sending the link to him.'),
  // A spammer of the Spam folder back with a harmless-looking question, from another IP.
  pending('returning', 'Anna', 'promo7@bulk-mail.example', '198.51.100.200', 'Hello, which version of Python did you use for these examples?'),
  // A posting bot back from the Spam folder's network under a new address, with a bot's name and short thanks.
  pending('bot-range', 'Georgekib', 'georgekib@post.example', '203.0.113.250', 'Nice one, thank you so much!'),
  // A link farm's pingback: an excerpt that says only that more is elsewhere, under a page title of one word.
  { ...pending('link-farm', 'Homepage', '', '198.51.100.210', '[&#8230;]Read More Infos here: 127.0.0.1/csv-files-in-python [&#8230;]', 'http://qzkvbt.example/?p=4821'), type: 'pingback' },
  // Genuine first-time readers: a question, a fix shared on GitHub, and a reader signing with their own blog.
  pending('question', 'Léa', 'lea@mail.example', '198.51.100.50', 'Does the encoding argument also apply when the file is compressed with gzip?'),
  pending('github', 'Sam', 'sam@mail.example', '198.51.100.60', 'I packaged the chunked reader from this article as a small tool: https://github.com/sam-example/csv-chunks — feedback welcome.'),
  pending('own-blog', 'Paul Dubois', 'paul@mail.example', '198.51.100.90', 'Same here: with quoting set to QUOTE_NONE the parser stopped at the first stray quote in our exports.', 'https://pauldubois.example'),
  // Two readers signing with their Substack newsletters: two websites, not one website's campaign.
  pending('blog-1', 'Annie', 'annie@mail.example', '198.51.100.91', 'I tried the chunked reader on a 2 GB export and it held up fine.', 'https://anniecodes.substack.com/'),
  pending('blog-2', 'Marc', 'marc@mail.example', '198.51.100.92', 'The part about dtype inference saved me a lot of memory, thanks.', 'https://marcwrites.substack.com/'),
];

let dir: string;
let service: Service;
let siteId: number;
let ids: Record<string, number>;

async function judged(): Promise<Map<string, CommentDetail>> {
  const page = await service.api.listQueue({ filter: { siteId, status: 'pending', sort: 'newest' }, cursor: null, limit: 100 });
  const byRemote = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  const out = new Map<string, CommentDetail>();
  for (const c of page.items) out.set(byRemote.get(c.remoteId)!, await service.api.getComment({ id: c.id }));
  return out;
}

const codes = (c: CommentDetail | undefined) => c?.flags.map((f) => f.code) ?? [];

beforeAll(async () => {
  ids = seedSite({ posts: [{ slug: POST, title: 'Reading CSV files in Python', author: WP.user }], comments: [...history(), ...QUEUE] }).comments;
  dir = mkdtempSync(join(tmpdir(), 'moderato-wp-spam-'));
  service = await createService({ dbPath: join(dir, 'moderato.db'), settings: memorySettings(), credentials: memoryCredentials(), host: 'cli', version: '0.0.0-test', autoSync: false });
  siteId = (await service.api.addSite({ url: WP.url, user: WP.user, password: WP.appPassword })).id;
  await service.api.syncNow({ siteId, mode: 'both' });
});

afterAll(async () => {
  await service?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('real WordPress: the queue judged after syncing the site’s history', () => {
  it('learned from the Spam folder and the approved comments', async () => {
    const [status] = await service.api.getModelStatus({});
    expect(status).toMatchObject({ siteId, spamExamples: 56, hamExamples: 56, learning: false });
  });

  it('calls the campaign, the Spam folder’s domain, the support pitch and the foreign enquiry likely spam, each with its reason', async () => {
    const q = await judged();
    for (const key of ['campaign-1', 'campaign-2', 'campaign-3']) {
      expect(codes(q.get(key)), key).toContain('campaign');
      expect(q.get(key)!.likelySpam, key).toBe(true);
    }
    expect(q.get('known-domain')!.flags.find((f) => f.code === 'spam-domain')?.reason).toMatch(/^Points to luxe-replicas\.example, seen in \d+ comments of this site’s spam$/);
    expect(q.get('known-domain')!.likelySpam).toBe(true);
    expect(q.get('support')!.flags.find((f) => f.code === 'phone-support')?.params).toEqual({ number: '1-888-555-0142' });
    expect(q.get('support')!.likelySpam).toBe(true);
    expect(codes(q.get('foreign'))).toContain('foreign-language');
    // The author's website address as WordPress gives it, and a price asked for in a language the site's comments never use.
    expect(q.get('referral')!.flags.find((f) => f.code === 'author-site-referral')?.reason).toBe(
      'The author’s website address is a referral link (exchange.example): a sign-up that pays the author',
    );
    expect(q.get('referral')!.likelySpam).toBe(true);
    expect(q.get('price-short')!.flags.find((f) => f.code === 'foreign-price-enquiry')?.params).toEqual({ term: 'prezioa' });
    expect(q.get('price-short')!.likelySpam).toBe(true);
    for (const key of ['site-1', 'site-2', 'site-3']) {
      expect(q.get(key)!.flags.find((f) => f.code === 'campaign-site')?.reason, key).toBe('The same website (northgate-homes.example) came from 2 other authors');
    }
    // Synced in one page, the three count each other: each is likely spam.
    expect(['site-1', 'site-2', 'site-3'].filter((key) => q.get(key)!.likelySpam)).toEqual(['site-1', 'site-2', 'site-3']);
    expect(q.get('returning')!.flags.find((f) => f.code === 'known-spam-email')?.reason).toBe('This email address sent 1 comment already marked spam');
    expect(q.get('returning')!.likelySpam).toBe(true);
    const bot = q.get('bot-range')!;
    expect(bot.flags.find((f) => f.code === 'author-bot-name')?.params).toEqual({ given: 'George', added: 'kib' });
    expect(bot.flags.find((f) => f.code === 'classifier-spam')?.params?.features).toContain('i:203.0.113');
    expect(bot.likelySpam).toBe(true);
    expect(q.get('link-farm')!.flags.find((f) => f.code === 'pingback-template')?.reason).toBe('A link farm’s words in the excerpt (“read more infos”)');
    expect(q.get('link-farm')!.likelySpam).toBe(true);
    for (const key of ['spun-1', 'spun-2', 'spun-3']) {
      expect(q.get(key)!.flags.find((f) => f.code === 'campaign-similar')?.reason, key).toBe('Nearly the same text came from 2 other authors in the queue');
      expect(q.get(key)!.likelySpam, key).toBe(true);
    }
  });

  it('leaves the genuine readers out of the Flagged view, the GitHub link and two Substack newsletters included', async () => {
    const q = await judged();
    for (const key of ['question', 'github', 'own-blog', 'blog-1', 'blog-2']) {
      expect(q.get(key)!.likelySpam, key).toBe(false);
      expect(q.get(key)!.flagCount, key).toBe(0);
    }
    const counts = await service.api.getCounts({});
    expect(counts.bySite[siteId]?.flagged).toBe(17);
  });

  it('moves the rest of a campaign at once when the owner marks one comment of it spam', async () => {
    const before = await judged();
    await service.api.act({ ids: [before.get('campaign-1')!.id], kind: 'spam' });
    const after = await judged();
    for (const key of ['campaign-2', 'campaign-3']) {
      expect(after.get(key)!.flags.find((f) => f.code === 'like-marked-spam')?.reason, key).toBe('Like the comment you marked spam (the same text)');
      expect(after.get(key)!.score, key).toBeGreaterThan(before.get(key)!.score);
    }
    expect(codes(after.get('question'))).not.toContain('like-marked-spam');
  });
});
