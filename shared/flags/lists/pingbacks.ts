// Link farms' pingbacks and trackbacks, and names that are a link's label rather than a person's.
// A pingback's text is an excerpt of the page that links here, and its author's name that page's
// title. The pages of link farms are written from a few scripts, whose excerpts say nothing of
// the post but that more can be found elsewhere ("[…] Read More Infos here: […]", "[…] the sites
// we link to below […]"), under a title of one generic word ("Homepage", "URL"). Written as the
// words the tokenizer reads (lower case, no punctuation: "you'll" is "you ll").

/** Phrases of link farms' excerpts. Checked in pingbacks and trackbacks only (engine.ts). */
export const PINGBACK_TEMPLATE_PHRASES: readonly string[] = [
  // "more can be found there"
  'read more infos', 'more infos here', 'find more infos', 'more infos on', 'find more informations', 'more informations here',
  'informations on that topic', 'information on that topic', 'info on that topic', 'infos on that topic',
  'additional information on that topic', 'additional info on that topic', 'find more on that topic', 'read more on that topic',
  'more on that topic here', 'there you will find', 'additional infos', 'more information here on that',
  // "the sites we link to"
  'sites we recommend', 'websites we recommend', 'sites we link to', 'sites that we link to', 'websites we link to',
  'we have linked to below', 'sites we have linked to', 'websites we backlink to', 'sites we backlink to',
  'unrelated to ours', 'not related to ours', 'totally unrelated websites', 'totally unrelated sites',
  'totally not connected', 'happen to be detailed below', 'detailed below', 'listed below are the latest sites',
  'latest sites that we choose', 'we choose blogs', 'every once in a while we choose', 'every once inside a while we choose',
  'we like to honor', 'many other internet sites', 'sites that we think you ll appreciate', 'sites that we think you ll enjoy',
  'came across a cool site', 'cool site that you might enjoy', 'take a look if you want', 'sites of interest we have a link to',
  'sites worth checking out', 'websites worth visiting', 'sites worth visiting', 'visit the content or sites',
  'could combine a few unrelated data', 'reckoned we could combine', 'usually posts some very interesting stuff',
  'just click the links over', 'here are some hyperlinks to sites', 'hyperlinks to websites',
  'that is the end of this article', 'check below are some', 'below you ll find the link to some sites',
  // a feed's footer, copied with the whole post by a site that republishes others' feeds
  'appeared first on', 'est apparu en premier sur', 'lire la suite sur la source', 'read more at the source', 'read the full story at the source',
];

/**
 * What a link is labelled, not who wrote ("Homepage", "Click here", "Lire la suite"): a bot's
 * author name, or a link farm's page title. Matched against the whole name. "Anonymous",
 * "Guest" and "Visitor" are how readers who keep their name to themselves sign: not listed.
 */
export const PLACEHOLDER_NAMES: readonly string[] = [
  'homepage', 'home page', 'my homepage', 'my home page', 'url', 'my url', 'link', 'links', 'my link', 'title',
  'website', 'web site', 'my website', 'my web site', 'site', 'my site', 'web page', 'webpage', 'my web page',
  'my webpage', 'page', 'source', 'google', 'click here', 'click', 'read more', 'read this', 'learn more',
  'find out more', 'more info', 'more information', 'more infos', 'visit', 'visit site', 'visit website',
  'go here', 'check this out', 'look at this', 'continue reading', 'official website', 'official site',
  'my blog', 'recent blog post', 'recent blog posts', 'additional info', 'additional information', 'this site',
  'this website', 'this link', 'recommended site', 'recommended website', 'view site', 'view website', 'url here',
  'site web', 'mon site', 'mon site web', 'mon blog', 'page d accueil', 'lien', 'cliquez ici', 'en savoir plus',
  'lire la suite', 'site officiel', 'plus d infos', 'plus d informations', 'voir le site',
];
