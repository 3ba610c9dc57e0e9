// Every CLI command, in the order --help lists them.
import type { Command } from '../command';
import { ACT_COMMANDS } from './act';
import { FLAGS_COMMANDS } from './flags';
import { OUTBOX_COMMANDS } from './outbox';
import { QUEUE_COMMANDS } from './queue';
import { SITE_COMMANDS } from './sites';
import { SYNC_COMMANDS } from './sync';
import { TEMPLATES_COMMANDS } from './templates';
import { WORDS_COMMANDS } from './words';

export const COMMANDS: readonly Command[] = [
  ...SITE_COMMANDS,
  ...SYNC_COMMANDS,
  ...QUEUE_COMMANDS,
  ...ACT_COMMANDS,
  ...TEMPLATES_COMMANDS,
  ...OUTBOX_COMMANDS,
  ...WORDS_COMMANDS,
  ...FLAGS_COMMANDS,
];

/** Words that open a group of commands ("site add"), with the aliases people type. */
export const GROUPS: Readonly<Record<string, string>> = { site: 'site', sites: 'site', words: 'words', word: 'words', templates: 'templates', template: 'templates' };
