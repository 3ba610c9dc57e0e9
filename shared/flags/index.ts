export { createFlagEngine } from './engine';
export type { ContentAnalysis, FlagEngine, UserWordLists } from './engine';
export { BUNDLED_LISTS_VERSION } from './lists/bundled';
export { LIKELY_SPAM_SCORE, UNKNOWN_AUTHOR_CONTEXT, WORDPRESS_LINK_LIMIT } from './signals';
export { findLinks, hostOf } from './links';
export type { LinkInfo } from './links';
export type { WordCategory, WordEntry, WordHit } from './matcher';
