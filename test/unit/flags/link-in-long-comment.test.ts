// One link in a first comment (issue 12): link spam says little beyond its link, while a reader of
// a technical blog with a question and its error log, or an argument with its source, says a lot.
// Comments written for these tests.
import { describe, expect, it } from 'vitest';
import { createFlagEngine, UNKNOWN_AUTHOR_CONTEXT } from '../../../shared/flags';

const engine = createFlagEngine();
const check = (content: string) => engine.check({ content, author_name: 'Tomás' }, UNKNOWN_AUTHOR_CONTEXT);

const LONG_QUESTION =
  'Thanks for the walkthrough. I followed every step on a fresh virtual environment, but the last cell fails when the model is saved: ' +
  'the error says the directory does not exist even though I created it before running the notebook. I put the full traceback and my ' +
  'requirements file here https://paste.example.net/raw/8f2k1 in case it helps. Is there a version of the library you would recommend, ' +
  'or should the path be absolute on Windows?';

describe('one link in a first comment', () => {
  it('inside a long question with its details: worth a look, not likely spam', () => {
    const r = check(LONG_QUESTION);
    expect(r.flags.find((f) => f.code === 'link')?.weight).toBeGreaterThan(0);
    expect(r.likelySpam).toBe(false);
  });

  it('with little else to say: likely spam', () => {
    expect(check('Nice post, more tips here https://paste.example.net/raw/8f2k1').likelySpam).toBe(true);
  });

  it('a long text made mostly of its address is not a long comment', () => {
    const address = `https://ads.example.net/click?campaign=${'x7Kq2'.repeat(60)}&source=blog`;
    expect(check(`Look at this ${address}`).likelySpam).toBe(true);
  });
});

describe('a link to the author’s own write-up', () => {
  const own = (author_url: string, content: string) => engine.check({ author_name: 'Marco', author_url, content }, UNKNOWN_AUTHOR_CONTEXT);

  it('under a personal website named after them is worth a look, not likely spam', () => {
    const r = own('https://marco.dev', 'I benchmarked the async version and put the numbers here: https://marco.dev/posts/async-bench');
    expect(r.flags.find((f) => f.code === 'link')?.weight).toBeGreaterThan(0);
    expect(r.likelySpam).toBe(false);
  });

  it('under a website that sells, or to somebody else’s site, stays likely spam', () => {
    expect(own('https://marcoloans.example', 'Numbers for your budget are here: https://marcoloans.example/rates').likelySpam).toBe(true);
    expect(own('https://marco.dev', 'I benchmarked the async version, numbers here: https://bench-results.example/async').likelySpam).toBe(true);
  });
});

describe('one link among sources', () => {
  it('next to as many links to public and reference sites is one more source cited: a look', () => {
    const r = check(
      'For anyone who wants the numbers rather than the talking points: <a href="https://www.millbrookma.gov/documents/fy25-budget.pdf">the budget proposal</a>, ' +
        '<a href="https://www.mass.gov/info-details/municipal-databank">the state databank</a> and <a href="https://www.youtube.com/watch?v=Qk7pR2x9LsE">the hearing</a>.',
    );
    expect(r.flags.find((f) => f.code === 'link')?.weight).toBeGreaterThan(0);
    expect(r.likelySpam).toBe(false);
  });

  it('alone beside one source, with little said, stays likely spam', () => {
    expect(check('Great info, see <a href="https://en.wikipedia.org/wiki/Loan">this</a> and <a href="https://cheap-loans-now.example.net/">best loans</a>').likelySpam).toBe(true);
  });
});

describe('a link to a video or an outing', () => {
  it('shared with something said about it is a look, not likely spam', () => {
    for (const content of [
      'I struggled with the Kitchener stitch at the toe until I found this video, the only one that made sense to me: https://www.youtube.com/watch?v=mRm6kRb8WpA. Slow, and she shows it from both sides.',
      'Merci à tous pour les encouragements ! Mon premier 100 km, la trace est ici : https://www.strava.com/activities/11523987410. À dimanche prochain pour la sortie du club !',
    ]) {
      const r = check(content);
      expect(r.flags.find((f) => f.code === 'link')?.weight, content).toBeGreaterThan(0);
      expect(r.likelySpam, content).toBe(false);
    }
  });

  it('with little else to say, or said to be the author’s channel, stays likely spam', () => {
    expect(check('http://www.youtube.com/watch?v=k8Xq2bT9wPa best remix of this song').likelySpam).toBe(true);
    expect(check('Hey everyone, please check out my channel and my new video, I upload every week: https://www.youtube.com/watch?v=k8Xq2bT9wPa').likelySpam).toBe(true);
  });
});

describe('a link to a manual or to the press', () => {
  it('on any host, a path into a project’s documentation is a reference: not held against a first comment', () => {
    for (const url of ['https://cryptography.io/en/latest/hazmat/primitives/cryptographic-hashes/', 'https://pillow.example.org/docs/reference/Image.html', 'https://tool.example.dev/manual/install/']) {
      const r = check(`The deprecated module broke our signing step, the new import is documented here: ${url}`);
      expect(r.flags.map((f) => f.code), url).not.toContain('link');
      expect(r.likelySpam, url).toBe(false);
    }
  });

  it('a newspaper’s or a journal’s article is a source cited', () => {
    for (const url of ['https://www.ouest-france.fr/bretagne/algues-vertes', 'https://www.nature.com/articles/s41586-024-0001', 'https://www.theguardian.com/environment/2024/jul/01/x']) {
      expect(check(`Nothing new, sadly: this was all in ${url} last year.`).flags.map((f) => f.code), url).not.toContain('link');
    }
  });

  it('a shop’s page is no manual, whatever it is called', () => {
    expect(check('Nice post, more tips here https://cheap-pills.example.net/buy-now/').likelySpam).toBe(true);
  });
});

describe('a council’s page or a post on a network', () => {
  it('a government page abroad is a reference, and a quoted post on a network a share', () => {
    expect(check('The planning application is on the council portal if anyone wants to object: https://planning.northhartley.gov.uk/applications/23-01874').flags.map((f) => f.code)).not.toContain('link');
    const tweet = check('Romano is saying it is done, here we go and everything, so the medical must be booked for tomorrow: https://x.com/FabrizioRomano/status/1816422917365893216');
    expect(tweet.likelySpam).toBe(false);
  });
});

describe('a forum’s thread', () => {
  it('is a discussion cited, not held against a first comment', () => {
    for (const url of ['https://ubuntuforums.example/showthread.php?t=2318877', 'https://forum.example.org/viewtopic.php?t=41', 'https://discuss.example.dev/t/kernel-regression/8812']) {
      expect(check(`There's a long thread about exactly this bug: ${url}, the workaround is to pin the older kernel.`).flags.map((f) => f.code), url).not.toContain('link');
    }
  });
});

describe('health services’ and clubs’ pages', () => {
  it('are references, the NHS’s own site included', () => {
    for (const url of ['https://www.nhs.uk/conditions/type-2-diabetes/preventing-type-2-diabetes/', 'https://www.gov.uk/council-tax', 'https://www.akc.org/expert-advice/training/crate-training/']) {
      expect(check(`In the UK you can get referred to a prevention programme, details here: ${url}`).flags.map((f) => f.code), url).not.toContain('link');
    }
  });
});

describe('a teacher sharing her worksheet from her own blog', () => {
  it('says it is hers in passing: a note, and the link to it a look', () => {
    const r = engine.check(
      {
        author_name: 'Sylvie Martin',
        author_url: 'https://lacasedesylvie.canalblog.com',
        content: 'Merci pour cette progression, elle est très claire ! J’ai fait des fiches sur le passé composé pour mes CE2, elles sont sur mon blog si ça peut servir : https://lacasedesylvie.canalblog.com/archives/2019/01/20/passe-compose.html',
      },
      { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' },
    );
    expect(r.flags.find((f) => f.code === 'self-promotion')?.note).toBe(true);
    expect(r.likelySpam).toBe(false);
  });
});

describe('several pages cited by a reader (a set written apart from the rules)', () => {
  const judged = (content: string, author_url?: string) => engine.check({ content, author_name: 'Ruth Okafor', author_url }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' });
  const CITED =
    'I think the bird in your second photo is a Chiffchaff rather than a Willow Warbler: the legs look dark and the wing tips are short. ' +
    'Compare the songs here https://www.birdsongs-archive.example/species/phylloscopus-collybita and the side-by-side photos in this identification article ' +
    'https://www.wildlifetrust-east.example/news/telling-warblers-apart-in-spring from our county group. Not completely sure though, the light was poor.';

  it('is a look at most when each link is a page of a site that sells nothing, with something said of each', () => {
    const r = judged(CITED);
    expect(r.flags.find((f) => f.code === 'links')?.weight).toBe(2.5);
    expect(r.likelySpam).toBe(false);
  });

  it('still counts links to home pages, to pages named for what they sell, or under an advertised website', () => {
    const selling = CITED.replace('https://www.birdsongs-archive.example/species/phylloscopus-collybita', 'https://www.best-binoculars-deals.example/cheap-binoculars-sale');
    expect(judged(selling).flags.find((f) => f.code === 'links')?.weight).toBe(4);
    const home = CITED.replace('https://www.birdsongs-archive.example/species/phylloscopus-collybita', 'https://www.birdsongs-archive.example/');
    expect(judged(home).flags.find((f) => f.code === 'links')?.weight).toBe(4);
    expect(judged(CITED, 'https://birdfeeders-direct.example').flags.find((f) => f.code === 'links')?.weight).toBe(4);
  });
});

describe('the statistics and public pages readers cite (a set written apart from the rules)', () => {
  const judged = (content: string) => engine.check({ content, author_name: 'Jonathan' }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' });
  it('does not hold a game’s figures or a ministry’s curriculum against a first-time reader', () => {
    expect(judged('On était à 58 % des tirs à 5 contre 5 en deuxième période, c’est pas si pire. https://www.naturalstattrick.com/game.php?season=20242025&game=20311').likelySpam).toBe(false);
    expect(judged('Attention, les repères annuels ont changé en 2024 pour le CP, voir https://eduscol.education.fr/3041/reperes-annuels-cycle-2 (la division arrive plus tôt).').likelySpam).toBe(false);
  });
});

describe('a question asked about what one link shows (a set written apart from the rules)', () => {
  const judged = (content: string, author_url?: string) => engine.check({ content, author_name: 'Linda Marsh', author_url }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'eng' });
  const QUESTION =
    'I finally bought a cast iron pot after reading this, went with this one: https://www.ironware-kitchen.example/item/enamelled-pot-6qt ' +
    'The first loaf came out with a lovely ear but the bottom was nearly burnt. Should I put a baking sheet on the rack underneath, or lower the heat for the last twenty minutes?';

  it('is a look, not likely spam, from a reader who advertises no website', () => {
    const r = judged(QUESTION);
    expect(r.flags.find((f) => f.code === 'link')?.weight).toBe(2.5);
    expect(r.likelySpam).toBe(false);
    const fr = "Bonjour, j'ai acheté ce poulailler en bois il y a six mois : https://www.jardin-bricolage.example/p/poulailler-4-poules-8246 Problème, des poux rouges partout et le bois est plein de fentes. Vous pensez que ça vaut le coup de le traiter ou je passe directement à un modèle en plastique ?";
    expect(engine.check({ content: fr, author_name: 'Patrick' }, { ...UNKNOWN_AUTHOR_CONTEXT, siteLanguage: 'fra' }).likelySpam).toBe(false);
  });

  it('stays a link for a one-line question, and under an advertised website', () => {
    expect(judged('Have you seen this one? https://www.ironware-kitchen.example/item/enamelled-pot-6qt').flags.find((f) => f.code === 'link')?.weight).toBe(3.5);
    expect(judged(QUESTION, 'https://ironware-kitchen.example').flags.find((f) => f.code === 'link')?.weight).toBe(3.5);
  });
});
