// Every reason the flag engine can give, as a stable code. A flag carries its code and the
// parameters its sentence needs; the sentence itself is rendered from them (reasons.ts in
// English). Translations key on these codes, so this list is the one place they are declared.
// No imports: the renderer may load this file without pulling any detector in.

export const FLAG_CODES = [
  // Words
  'blocked-words', // { terms }
  'abuse-words', // { terms }
  'spam-words', // { terms }
  'self-promotion', // { terms }
  'generic-praise', // { terms } — a note: fits most genuine thanks
  'generic-praise-author-url', // { terms } — praise from an author advertising a website
  'generic-praise-link', // { terms } — praise next to a link
  'generic-text-author-url', // {} — a short text of the commonest words only, from an author advertising a website
  'template-title', // { title } — a spam tool's template with the article's title pasted between angle brackets
  'spin-template', // { choice } — a spinner's template posted unspun: {Hi|Hello|Hey}
  'name-blocked-words', // { terms } — in the author's name
  'name-abuse-words', // { terms }
  'name-spam-words', // { terms }
  // Links
  'link', // {} — one link in the text
  'links', // { count, limit }
  'reference-links', // { domains } — a note: code, documentation and reference sites
  'link-shortener', // { domain }
  'contact-address', // { address } — an e-mail address or a messenger contact to write to, given in the text
  'spam-domain', // { domain, count } — a domain seen in this site's spam
  // Author
  'author-url-name', // {}
  'author-placeholder-name', // { name } — a link's label as the author's name ("Homepage")
  'author-bot-name', // { given, added } — a given name with random letters stuck on, as posting bots sign ("Jamesfup")
  'author-commercial-name', // { words }
  'author-name-is-website', // { site }
  'author-name-in-text', // { site, words }
  'author-commercial-website', // { words, site }
  'author-site-trade', // { site, words } — the author's website address is made of a trade's words
  'author-site-page', // { site, words } — the author's website is a page of a trade's site, given where a home page goes
  'author-site-referral', // { site } — the author's website address carries a referral code
  'author-email-trade', // { domain, words } — no website given, but the e-mail address is at a domain made of a trade's words
  'disposable-email', // { domain }
  'known-spam-email', // { count }
  'known-spam-ip', // { count }
  'approved-author', // { count }
  'first-time-author', // {} — a note: every new reader is one
  // Text
  'shouting', // { percent }
  'styled-letters', // {} — letters styled to slip past word filters (𝐁𝐮𝐲, ｂｕｙ), read as plain letters
  'keyboard-mash', // { words } — most of the text is letters typed at random ("sdfgsdfg")
  'earnings-claim', // { phrase } — a claim of income ("made $17,450 last month")
  'mentor-pitch', // { phrase } — a testimonial vouching for a money mentor ("Mrs Catherine is the real deal")
  'duplicate', // { count }
  'campaign', // { authors } — the same text from other authors
  'campaign-similar', // { authors } — nearly the same text (a few words changed) from other authors in the queue
  'campaign-spam', // { count } — the same text is in this site's spam
  'campaign-site', // { authors, site } — the same website from other authors in the queue or the spam
  'campaign-spam-similar', // { count } — nearly the same text (a few words changed) is in this site's spam
  'foreign-language', // { language, siteLanguages }
  'foreign-price-enquiry', // { term } — a word for "price" in a language the site does not use, in a short comment
  'foreign-language-site', // { language, siteLanguage } — before the site's comments are known: against the language WordPress states for the site
  'phone-support', // { number }
  'support-pitch', // { product } — support vocabulary next to a product sold with "support numbers"
  'unknown-pingback', // { type }
  'pingback-template', // { phrase } — a link farm's phrase in a pingback's or trackback's excerpt
  'pingback-farm-domain', // { site, suffix } — a pingback from a site on a top-level domain link farms favour
  // The owner's own decisions and the site's learned filter
  'like-marked-spam', // { via }
  'like-marked-genuine', // { via }
  'classifier-spam', // { percent, features }
  'classifier-genuine', // { percent, features }
] as const;

export type FlagCode = (typeof FLAG_CODES)[number];

/**
 * A flag's parameters: numbers, words, or lists of them. Words are what the comment says
 * (terms, domains, a phone number) or codes of their own (an ISO 639-3 language, "text"/"email").
 * `features` of the classifier codes are the model's feature keys ("d:example.com"); the
 * rendering describes them.
 */
export type FlagParams = Record<string, string | number | readonly string[]>;

/** How a comment resembles the one the owner marked: same or nearly the same text, e-mail, author domain or IP. */
export type MarkedVia = 'text' | 'similar-text' | 'email' | 'domain' | 'ip';
