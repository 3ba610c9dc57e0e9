// Every string of the renderer, by language and namespace. One namespace per area; a new
// area adds its JSON files here (both languages: test/unit/renderer/i18n.test.ts checks
// that French has every English key).
import enComment from './locales/en/comment.json';
import enCommon from './locales/en/common.json';
import enQueue from './locales/en/queue.json';
import enSettings from './locales/en/settings.json';
import enShortcuts from './locales/en/shortcuts.json';
import enViews from './locales/en/views.json';
import frComment from './locales/fr/comment.json';
import frCommon from './locales/fr/common.json';
import frQueue from './locales/fr/queue.json';
import frSettings from './locales/fr/settings.json';
import frShortcuts from './locales/fr/shortcuts.json';
import frViews from './locales/fr/views.json';
import enFlags from '../../../shared/i18n/locales/en/flags.json';
import frFlags from '../../../shared/i18n/locales/fr/flags.json';
import enMessages from '../../../shared/i18n/locales/en/messages.json';
import frMessages from '../../../shared/i18n/locales/fr/messages.json';

export const resources = {
  en: {
    common: enCommon,
    queue: enQueue,
    comment: enComment,
    settings: enSettings,
    shortcuts: enShortcuts,
    views: enViews,
    flags: enFlags,
    messages: enMessages,
  },
  fr: {
    common: frCommon,
    queue: frQueue,
    comment: frComment,
    settings: frSettings,
    shortcuts: frShortcuts,
    views: frViews,
    flags: frFlags,
    messages: frMessages,
  },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
