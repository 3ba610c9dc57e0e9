// Fills a database the way a first sync would, through the store's own API,
// before the web host opens it: one French blog, a threaded discussion, the
// SEO spam no profanity list catches, an insult, a pingback and a comment
// that tries to run a script.
import { dirname } from 'node:path';
import type { RemoteComment } from '../../../electron/core/sync/ports';
import { createNodeCredentials } from '../../../electron/core/settings/node';
import { SpamFilter } from '../../../electron/core/spam-filter';
import { openStore } from '../../../electron/core/store';

/** Nobody listens on the discard port: the site is "offline", decisions wait in the outbox. */
export const OFFLINE_SITE = 'http://127.0.0.1:9/blog';

const POST = { id: 10, title: 'Le métier de boulanger, vu du fournil', link: `${OFFLINE_SITE}/le-metier-de-boulanger` };

function comment(partial: Partial<RemoteComment> & Pick<RemoteComment, 'id' | 'author_name' | 'content_raw' | 'date_gmt'>): RemoteComment {
  return {
    post: POST.id,
    parent: 0,
    author: 0,
    author_email: `${partial.author_name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.fr`,
    author_url: '',
    author_ip: '198.51.100.23',
    author_user_agent: 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0',
    content_rendered: `<p>${partial.content_raw}</p>\n`,
    status: 'pending',
    type: 'comment',
    link: `${POST.link}/#comment-${partial.id}`,
    ...partial,
  };
}

export const THREAD: RemoteComment[] = [
  comment({
    id: 101,
    author_name: 'Claire Dubois',
    date_gmt: '2026-11-20T06:10:00Z',
    status: 'approved',
    content_raw: 'Quel beau métier ! Je me lève à quatre heures pour pétrir, et je ne changerais pour rien au monde.',
  }),
  comment({
    id: 102,
    parent: 101,
    author_name: 'Cyn',
    date_gmt: '2026-11-24T09:30:00Z',
    content_raw: 'Merci Claire. Le métier demande de la patience : une bonne baguette, c’est vingt-quatre heures de levain.',
  }),
  comment({
    id: 103,
    parent: 102,
    author_name: 'Marc Lefèvre',
    author_email: 'marc.lefevre@example.fr',
    date_gmt: '2026-11-24T18:05:00Z',
    content_raw: 'Vingt-quatre heures ? Chez nous c’est plutôt une nuit au frais. Quelle farine utilisez-vous ?',
  }),
  comment({
    id: 104,
    author_name: 'stage 4 U',
    author_email: 'contact@stage-4-u.example.fr',
    author_url: 'http://www.stage-4-u.example.fr/offres-stage',
    author_ip: '188.165.52.210',
    date_gmt: '2026-11-25T10:05:17Z',
    content_raw:
      'Très bon article ! Retrouvez des milliers d’offres de stage sur <a href="http://www.stage-4-u.example.fr/">notre site</a>, SEO garanti, <a href="http://www.stage-4-u.example.fr/promo">promo -50%</a>.',
  }),
  comment({
    id: 105,
    author_name: 'Gégé',
    date_gmt: '2026-11-25T21:44:00Z',
    content_raw: 'Article de merde, l’auteur est un crétin qui n’a jamais vu un fournil.',
  }),
  comment({
    id: 106,
    author_name: 'Atelier pain du quartier',
    author_url: 'https://atelier-pain.example.fr/liens',
    type: 'pingback',
    date_gmt: '2026-11-23T12:00:00Z',
    content_raw: '[…] un bel article sur le métier de boulanger […]',
  }),
  comment({
    id: 107,
    author_name: 'Mallory',
    date_gmt: '2026-11-22T08:00:00Z',
    content_raw: 'Bonjour <script>window.__pwned = true; alert("pwned")</script><img src="http://tracker.example/p.gif" onerror="window.__pwned = true">joli pain !',
    content_rendered:
      '<p>Bonjour <script>window.__pwned = true; alert("pwned")</script><img src="http://tracker.example/p.gif" onerror="window.__pwned = true">joli pain !</p>',
  }),
];

/** Writes the site, its password and the thread; returns the site id. */
export function seedThread(dbPath: string): number {
  const store = openStore({ path: dbPath });
  try {
    store.setScorer(new SpamFilter(store).score);
    const site = store.addSite({
      baseUrl: OFFLINE_SITE,
      restRoot: `${OFFLINE_SITE}/wp-json/`,
      user: 'cyn',
      name: 'Le fournil',
    });
    store.upsertPosts(site.id, [POST]);
    store.upsertComments(site.id, THREAD);
    createNodeCredentials(dirname(dbPath)).set(site.id, 'abcd efgh ijkl mnop qrst uvwx');
    return site.id;
  } finally {
    store.close();
  }
}
