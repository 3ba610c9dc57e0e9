// Link and author-address reputation by registrable domain ("blog.shop.example.co.uk" →
// "shop.example.co.uk"'s owner "example.co.uk"), as tldts reads the Public Suffix List: a
// spammer's brand lives there, whatever subdomain a message uses. Private suffixes count as
// their own owners, and so do the blog platforms the list leaves out (BLOG_PLATFORMS), so two
// blogs on one hosting platform are never the same domain.

import disposableDomains from 'disposable-email-domains';
import { getDomain, getSubdomain } from 'tldts';

const DOMAIN_OPTIONS = { allowPrivateDomains: true } as const;

/**
 * Blog platforms the Public Suffix List does not list (it lists Blogger, GitHub Pages, Wix…):
 * each subdomain is somebody's own blog, "anna.wordpress.com" and "marc.wordpress.com" two
 * readers, never one website's campaign. Readers of a WordPress blog often sign with theirs.
 */
export const BLOG_PLATFORMS: ReadonlySet<string> = new Set([
  'wordpress.com', 'home.blog', 'travel.blog', 'art.blog', 'food.blog', 'family.blog', 'photo.blog', 'video.blog',
  'music.blog', 'tumblr.com', 'substack.com', 'medium.com', 'weebly.com', 'livejournal.com', 'typepad.com',
  'squarespace.com', 'jimdofree.com', 'jimdosite.com', 'ghost.io', 'hashnode.dev', 'strikingly.com', 'mystrikingly.com',
  'business.site', 'godaddysites.com', 'edublogs.org', 'neocities.org', 'micro.blog', 'write.as', 'site123.me',
  'webnode.com', 'webnode.fr', 'e-monsite.com', 'over-blog.com', 'over-blog.fr', 'overblog.com', 'canalblog.com',
  'hautetfort.com', 'eklablog.com', 'unblog.fr', 'centerblog.net', 'blog4ever.com', 'kazeo.com', 'skyrock.com', 'free.fr',
]);

/**
 * A site on a hosting platform ("anna.wordpress.com", "jeanluc.blogspot.com", "me.github.io"), not
 * a domain of its own: registrableDomain counts it as its own owner (a private suffix of the
 * Public Suffix List, or one of BLOG_PLATFORMS), where the public list sees the platform's domain.
 */
export function isHostedBlog(host: string): boolean {
  const publicDomain = getDomain(host);
  return publicDomain !== null && registrableDomain(host) !== publicDomain;
}

/**
 * Hosts already read, and their registrable domain: the same few hosts (a video site, a
 * campaign's domain) come back in comment after comment, and tldts parses each call anew.
 * Bounded: past the limit it starts again empty.
 */
const known = new Map<string, string | null>();
const KNOWN_HOSTS = 2048;

/** "https://www.docs.example.co.uk/x" → "example.co.uk"; null when it is not a domain name. */
export function registrableDomain(hostOrUrl: string): string | null {
  let domain = known.get(hostOrUrl);
  if (domain === undefined) {
    domain = getDomain(hostOrUrl, DOMAIN_OPTIONS);
    if (domain !== null && BLOG_PLATFORMS.has(domain)) {
      const blog = getSubdomain(hostOrUrl, DOMAIN_OPTIONS)?.split('.').pop();
      if (blog && blog !== 'www') domain = `${blog}.${domain}`;
    }
    if (known.size >= KNOWN_HOSTS) known.clear();
    known.set(hostOrUrl, domain);
  }
  return domain;
}

/** The site a host belongs to: its registrable domain, or the host itself (an IP, "localhost"). */
export function siteOfHost(host: string): string {
  return registrableDomain(host) ?? host;
}

/**
 * Code, documentation and reference sites: a reader linking there is showing their work or a
 * source, not selling. A first-time author's link to them is not held against the author.
 */
const REFERENCE_DOMAINS = new Set([
  'github.com', 'github.io', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'framagit.org', 'gitea.com', 'launchpad.net', 'sourceforge.net', 'githubusercontent.com',
  'stackoverflow.com', 'stackexchange.com', 'superuser.com', 'serverfault.com', 'askubuntu.com', 'mathoverflow.net',
  'wikipedia.org', 'wikimedia.org', 'wiktionary.org', 'wikidata.org', 'archive.org',
  'readthedocs.io', 'readthedocs.org', 'python.org', 'mozilla.org', 'w3.org', 'whatwg.org', 'ietf.org', 'rfc-editor.org',
  'npmjs.com', 'pypi.org', 'r-project.org', 'rstudio.com', 'posit.co', 'jupyter.org', 'numpy.org', 'scipy.org', 'pydata.org',
  'scikit-learn.org', 'matplotlib.org', 'tensorflow.org', 'pytorch.org', 'kaggle.com', 'arxiv.org', 'doi.org',
  'nodejs.org', 'php.net', 'rust-lang.org', 'go.dev', 'golang.org', 'oracle.com', 'postgresql.org', 'sqlite.org',
  'mysql.com', 'mariadb.org', 'apache.org', 'debian.org', 'ubuntu.com', 'kernel.org', 'gnu.org', 'wordpress.org',
  'developer.wordpress.org', 'jquery.com', 'reactjs.org', 'react.dev', 'vuejs.org', 'typescriptlang.org',
  'cran.r-project.org', 'tidyverse.org', 'colab.research.google.com', 'openstreetmap.org', 'legifrance.gouv.fr',
  'plotly.com', 'plot.ly', 'codepen.io', 'jsfiddle.net', 'codesandbox.io', 'observablehq.com', 'huggingface.co',
  'paperswithcode.com', 'nbviewer.org', 'anaconda.org', 'conda.io', 'docker.com', 'kubernetes.io', 'cppreference.com',
  'rubygems.org', 'crates.io', 'docs.rs', 'packagist.org', 'bioconductor.org', 'rdocumentation.org',
  'gnome.org', 'kde.org', 'freebsd.org', 'archlinux.org', 'fedoraproject.org', 'mdn.dev', 'caniuse.com', 'semver.org',
  // projects' own sites and manuals, and the references readers cite outside code
  'nginx.org', 'git-scm.com', 'llvm.org', 'haskell.org', 'ruby-lang.org', 'perl.org', 'julialang.org', 'swift.org',
  'kotlinlang.org', 'dart.dev', 'flutter.dev', 'djangoproject.com', 'palletsprojects.com', 'sqlalchemy.org', 'redis.io',
  'nixos.org', 'opensuse.org', 'raspberrypi.com', 'arduino.cc', 'unicode.org', 'man7.org', 'opengroup.org', 'ctan.org',
  'latex-project.org', 'sr.ht', 'developpez.com', 'zestedesavoir.com', 'selfhtml.org', 'britannica.com',
  'merriam-webster.com', 'jstor.org', 'larousse.fr', 'cnrtl.fr', 'persee.fr', 'cairn.info', 'hal.science', 'bnf.fr',
  'insee.fr', 'service-public.fr', 'education.fr', 'vie-publique.fr', 'senat.fr', 'assemblee-nationale.fr', 'cnrs.fr',
  'ign.fr', 'shom.fr', 'meteofrance.com', 'ademe.fr', 'cnil.fr', 'quebec.ca', 'canada.ca',
  // the statistics sports fans cite for a game or a race
  'procyclingstats.com', 'firstcycling.com', 'naturalstattrick.com', 'hockey-reference.com', 'basketball-reference.com',
  'baseball-reference.com', 'pro-football-reference.com', 'fbref.com', 'transfermarkt.com', 'nhl.com', 'nba.com', 'uefa.com',
  'fifa.com', 'uci.org', 'worldrugby.org',
  // the journals and the press readers cite for a fact: no seller's page
  'nature.com', 'science.org', 'sciencedirect.com', 'springer.com', 'wiley.com', 'plos.org', 'pnas.org', 'cell.com',
  'thelancet.com', 'nejm.org', 'bmj.com', 'researchgate.net', 'semanticscholar.org', 'acm.org', 'ieee.org', 'zenodo.org',
  'openml.org', 'physionet.org', 'biorxiv.org', 'medrxiv.org', 'ssrn.com', 'hal.archives-ouvertes.fr',
  'bbc.co.uk', 'bbc.com', 'nytimes.com', 'theguardian.com', 'reuters.com', 'apnews.com', 'washingtonpost.com', 'npr.org',
  'economist.com', 'ft.com', 'wsj.com', 'bloomberg.com', 'theatlantic.com', 'newyorker.com', 'cnn.com', 'latimes.com',
  'politico.com', 'lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'ouest-france.fr', 'francetvinfo.fr', 'radiofrance.fr',
  '20minutes.fr', 'leparisien.fr', 'lesechos.fr', 'mediapart.fr', 'la-croix.com', 'lepoint.fr', 'lexpress.fr',
  'nouvelobs.com', 'courrierinternational.com', 'rfi.fr', 'france24.com', 'arte.tv', 'sudouest.fr', 'letelegramme.fr',
  'ledauphine.com', 'lavoixdunord.fr', 'lesoir.be', 'rts.ch', 'radio-canada.ca', 'lapresse.ca', 'ledevoir.com',
  // health and animal-care references readers point each other to
  'mayoclinic.org', 'clevelandclinic.org', 'diabetes.org', 'heart.org', 'cancer.org', 'akc.org', 'aspca.org',
  'rspca.org.uk', 'ameli.fr', 'has-sante.fr', 'vidal.fr', 'pasteur.fr', 'inserm.fr',
]);

/** Suffixes of universities, governments and public bodies: sources, not sellers. */
const REFERENCE_SUFFIXES = [
  '.edu', '.gov', '.gouv.fr', '.ac.uk', '.edu.au', '.europa.eu', '.int', '.gov.uk', '.nhs.uk', '.police.uk', '.gov.au',
  '.govt.nz', '.gc.ca', '.gov.ie', '.admin.ch', '.belgium.be', '.gouv.qc.ca', '.ac.nz',
];

/** Hosts whose subdomain tells it is documentation ("docs.example.com", "developer.apple.com"). */
const REFERENCE_PREFIXES = ['docs.', 'doc.', 'developer.', 'developers.', 'learn.', 'wiki.', 'api.', 'documentation.'];

/** A code, documentation or reference host (host as written, "www." removed or not). */
export function isReferenceHost(host: string, domain: string | null): boolean {
  if (domain && REFERENCE_DOMAINS.has(domain)) return true;
  const h = host.startsWith('www.') ? host.slice(4) : host;
  // Each parent of the host too: "raw.githubusercontent.com", "pandas.readthedocs.io" and
  // "someone.github.io" are their own registrable domains (the Public Suffix List's private part).
  for (let parent = h; parent !== ''; parent = parent.indexOf('.') < 0 ? '' : parent.slice(parent.indexOf('.') + 1)) {
    if (REFERENCE_DOMAINS.has(parent)) return true;
  }
  for (const p of REFERENCE_PREFIXES) if (h.startsWith(p)) return true;
  // "nhs.uk" and "gov.uk" are sites of their own as well as suffixes ("www.nhs.uk/conditions/…").
  for (const suffix of REFERENCE_SUFFIXES) if (h.endsWith(suffix) || h === suffix.slice(1)) return true;
  return false;
}

/** Link shorteners: the reader cannot see where the link leads, which is why spam uses them. */
const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'tiny.cc', 'bit.do', 'adf.ly', 'shorte.st', 'rb.gy', 't.ly', 's.id', 'clck.ru', 'qps.ru', 'urlz.fr',
  'lnkd.in', 'tr.im', 'soo.gd', 'bl.ink', 'short.io', 'shrtco.de', 'ouo.io', 'linktr.ee', 'x.co', 'po.st', 'mcaf.ee',
  'su.pr', 'u.to', 'zpr.io', 'l.ead.me', 'surl.li', 'tiny.one',
]);

/** Where people post their own videos, photos and outings: a link there is no business's page. */
const SHARING_PLATFORMS = new Set([
  'youtube.com', 'youtu.be', 'vimeo.com', 'dailymotion.com', 'strava.com', 'flickr.com', '500px.com', 'komoot.com',
  // and the posts of the networks readers quote ("here's the tweet")
  'x.com', 'twitter.com', 'bsky.app', 'mastodon.social', 'threads.net', 'reddit.com',
]);

/** A video, photo or activity platform (registrable domain). */
export function isSharingPlatform(domain: string): boolean {
  return SHARING_PLATFORMS.has(domain);
}

/**
 * Top-level domains that scrapers' and link farms' sites are registered on, cheap by the thousand
 * (".xyz", ".top", ".info"…): a pingback from one is a look more. A reader's blog rarely lives there.
 */
const LINK_FARM_SUFFIXES = new Set(['xyz', 'top', 'info', 'online', 'site', 'icu', 'buzz', 'click', 'live', 'fun', 'space', 'website']);

/** The top-level domain of `host` (".xyz") when link farms favour it, else null. */
export function linkFarmSuffix(host: string): string | null {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return LINK_FARM_SUFFIXES.has(tld) ? `.${tld}` : null;
}

export function isShortener(host: string, domain: string | null): boolean {
  const h = host.startsWith('www.') ? host.slice(4) : host;
  return SHORTENERS.has(h) || (domain !== null && SHORTENERS.has(domain));
}

/**
 * Mail and publishing providers shared by millions of unrelated people: their domain says
 * nothing about one author, so a decision on one of them never moves the others.
 */
const SHARED_PROVIDERS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'yahoo.co.uk', 'ymail.com', 'hotmail.com', 'hotmail.fr',
  'outlook.com', 'outlook.fr', 'live.com', 'live.fr', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'neuf.fr',
  'bbox.fr', 'proton.me', 'protonmail.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'qq.com', '163.com', '126.com',
  'zoho.com', 'fastmail.com', 'tutanota.com', 'mail.com', 'example.com', 'example.org', 'example.net',
  'facebook.com', 'twitter.com', 'x.com', 'youtube.com', 'instagram.com', 'linkedin.com', 'tiktok.com', 'pinterest.com',
  'medium.com', 'reddit.com', 'google.com', 'wordpress.com', 'blogspot.com', 'tumblr.com',
]);

export function isSharedProvider(domain: string): boolean {
  return SHARED_PROVIDERS.has(domain) || REFERENCE_DOMAINS.has(domain);
}

let disposable: Set<string> | null = null;

/** A throwaway-address provider (disposable-email-domains), by the e-mail's domain or its owner. */
export function isDisposableEmailDomain(domain: string): boolean {
  // 120,000 names: built on the first e-mail address checked, not when the engine is loaded.
  disposable ??= new Set(disposableDomains as readonly string[]);
  if (disposable.has(domain)) return true;
  // "x.mailinator.com": only a subdomain needs its owner looked up.
  if (domain.indexOf('.') === domain.lastIndexOf('.')) return false;
  const owner = registrableDomain(domain);
  return owner !== null && owner !== domain && disposable.has(owner);
}

/** The domain of an e-mail address, lower case, or null. */
export function emailDomain(email: string | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at === -1) return null;
  const d = email.slice(at + 1).trim().toLowerCase();
  return d.includes('.') ? d : null;
}
