// The blog the sync scenarios run against, fake or real: three posts, a French thread whose pending
// replies hang under approved comments, pingbacks, a spammy "stage" comment, and comments already in
// the site's spam and trash. Posts and parents are named by key; the fake server and the real
// WordPress seeder (test/wordpress/seed.php reads it as JSON) assign the ids.
import type { FakeWordPress } from './fake-wordpress';
import type { FixtureSite } from './fixtures/thread';

export interface SeedPost {
  slug: string;
  title: string;
}

export interface SeedComment {
  key: string;
  post: string;
  parent?: string;
  author_name: string;
  author_email: string;
  author_url?: string;
  author_ip: string;
  author_user_agent: string;
  /** UTC without zone, as WordPress stores it. */
  date_gmt: string;
  content: string;
  status: 'hold' | 'approved' | 'spam' | 'trash';
  type?: 'comment' | 'pingback' | 'trackback';
}

export const SEED_POSTS: SeedPost[] = [
  { slug: 'les-confitures-de-grand-mere', title: 'Les confitures de grand-mère' },
  { slug: 'reparer-un-velo-soi-meme', title: "Réparer un vélo soi-même : c'est facile" },
  { slug: 'notes-on-slow-travel', title: 'Notes on slow travel' },
];

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile Safari/604.1';

export const SEED_COMMENTS: SeedComment[] = [
  // The French thread on the jam post: approved root, pending reply, pending reply to the reply.
  {
    key: 'claire-root', post: 'les-confitures-de-grand-mere', author_name: 'Claire Dubois', author_email: 'claire.dubois@example.fr',
    author_ip: '198.51.100.23', author_user_agent: FIREFOX, date_gmt: '2024-05-02T08:15:00', status: 'approved',
    content: "Merci pour la recette ! Chez nous on ajoute une gousse de vanille, c'est divin.",
  },
  {
    key: 'marc-reply', post: 'les-confitures-de-grand-mere', parent: 'claire-root', author_name: 'Marc Lefèvre', author_email: 'marc.lefevre@example.fr',
    author_ip: '198.51.100.77', author_user_agent: SAFARI, date_gmt: '2024-05-03T19:42:10', status: 'hold',
    content: "La vanille, vraiment ? J'ai essayé une fois, ça masquait le goût de l'abricot.",
  },
  {
    key: 'claire-again', post: 'les-confitures-de-grand-mere', parent: 'marc-reply', author_name: 'Claire Dubois', author_email: 'claire.dubois@example.fr',
    author_ip: '198.51.100.23', author_user_agent: FIREFOX, date_gmt: '2024-05-04T07:05:33', status: 'hold',
    content: 'Une demi-gousse suffit, et on la retire avant la mise en pots. Essayez, vous verrez !',
  },
  {
    key: 'stage', post: 'les-confitures-de-grand-mere', author_name: 'stage 4 U', author_email: 'contact@stage-4-u.example.fr',
    author_url: 'http://www.stage-4-u.example.fr/offres-stage', author_ip: '188.165.52.210',
    author_user_agent: 'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)', date_gmt: '2024-05-05T10:05:17', status: 'hold',
    content: "Très bon article ! Retrouvez des milliers d'offres de stage sur notre site, SEO garanti.",
  },
  // Bicycle post: an ordinary pending question and a pingback waiting for moderation.
  {
    key: 'velo-question', post: 'reparer-un-velo-soi-meme', author_name: 'Jérôme', author_email: 'jerome.velo@example.fr',
    author_ip: '192.0.2.14', author_user_agent: FIREFOX, date_gmt: '2024-06-10T12:00:00', status: 'hold',
    content: 'Quel démonte-pneu conseillez-vous pour des jantes carbone ?',
  },
  {
    key: 'velo-pingback', post: 'reparer-un-velo-soi-meme', type: 'pingback', author_name: 'Atelier vélo du quartier — nos liens',
    author_email: '', author_url: 'http://atelier.example.net/liens-utiles/', author_ip: '192.0.2.200', author_user_agent: 'WordPress/6.4; http://atelier.example.net',
    date_gmt: '2024-06-11T09:30:00', status: 'hold', content: '[&#8230;] Réparer un vélo soi-même : c&#8217;est facile [&#8230;]',
  },
  // English post: pending comment, a pending trackback, and what sits in the site's spam and trash.
  {
    key: 'travel-pending', post: 'notes-on-slow-travel', author_name: 'Priya', author_email: 'priya@example.com',
    author_ip: '203.0.113.9', author_user_agent: SAFARI, date_gmt: '2024-07-01T16:20:00', status: 'hold',
    content: 'The night ferry to Bilbao is my favourite way to start a holiday.',
  },
  {
    key: 'travel-trackback', post: 'notes-on-slow-travel', type: 'trackback', author_name: 'Rail Diaries',
    author_email: '', author_url: 'http://rail.example.com/2024/slow', author_ip: '203.0.113.60', author_user_agent: '',
    date_gmt: '2024-07-02T06:00:00', status: 'hold', content: '<strong>Slow travel</strong> A good read about trains.',
  },
  {
    key: 'travel-approved', post: 'notes-on-slow-travel', author_name: 'Priya', author_email: 'priya@example.com',
    author_ip: '203.0.113.9', author_user_agent: SAFARI, date_gmt: '2024-06-20T10:00:00', status: 'approved',
    content: 'Lovely piece, thank you.',
  },
  {
    key: 'travel-spam', post: 'notes-on-slow-travel', author_name: 'Cheap Flights', author_email: 'deals@cheap-flights.example.com',
    author_url: 'http://cheap-flights.example.com', author_ip: '203.0.113.250', author_user_agent: 'curl/8.0',
    date_gmt: '2024-06-21T03:00:00', status: 'spam', content: 'Best cheap flights here http://cheap-flights.example.com',
  },
  {
    key: 'travel-trash', post: 'notes-on-slow-travel', author_name: 'Someone', author_email: 'someone@example.com',
    author_ip: '203.0.113.77', author_user_agent: FIREFOX, date_gmt: '2024-06-22T03:00:00', status: 'trash', content: 'Oops, wrong post.',
  },
];

export const PENDING_KEYS = SEED_COMMENTS.filter((c) => c.status === 'hold').map((c) => c.key);

export interface SeededIds {
  posts: Record<string, number>;
  comments: Record<string, number>;
}

/** Loads the seed into a fake server: post ids 10, 11, 12; comment ids from 100 in seed order. */
export function seedFake(fake: FakeWordPress): SeededIds {
  const posts: Record<string, number> = {};
  SEED_POSTS.forEach((p, i) => {
    posts[p.slug] = 10 + i;
    fake.posts.set(10 + i, { id: 10 + i, slug: p.slug, title: p.title });
  });
  const comments: Record<string, number> = {};
  SEED_COMMENTS.forEach((c, i) => {
    const id = 100 + i;
    comments[c.key] = id;
    fake.addComment({
      id,
      post: posts[c.post]!,
      parent: c.parent ? comments[c.parent]! : 0,
      author_name: c.author_name,
      author_email: c.author_email,
      author_url: c.author_url ?? '',
      author_ip: c.author_ip,
      author_user_agent: c.author_user_agent,
      date_gmt: c.date_gmt,
      content: c.content,
      status: c.status,
      type: c.type ?? 'comment',
    });
  });
  return { posts, comments };
}

/** Loads one of the shared fixture sites (test/support/fixtures/thread.ts) into a fake server, ids kept. */
export function seedFakeFromFixture(fake: FakeWordPress, fixture: FixtureSite): void {
  for (const p of fixture.posts) {
    fake.posts.set(p.id, { id: p.id, slug: new URL(p.link).pathname.replace(/^\/|\/$/g, '') || `p${p.id}`, title: p.title });
  }
  const wpStatus = { pending: 'hold', approved: 'approved', spam: 'spam', trash: 'trash' } as const;
  for (const c of fixture.comments) {
    fake.addComment({
      id: c.id,
      post: c.post,
      parent: c.parent,
      author: c.author,
      author_name: c.author_name,
      author_email: c.author_email,
      author_url: c.author_url,
      author_ip: c.author_ip,
      author_user_agent: c.author_user_agent,
      date_gmt: c.date_gmt.replace(/Z$/, ''),
      content: c.content_raw,
      status: wpStatus[c.status],
      type: c.type,
    });
  }
}
