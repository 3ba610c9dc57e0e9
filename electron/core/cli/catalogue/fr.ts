// The CLI's French strings: one chunk of the built CLI, loaded only when French is chosen.
import cli from '../../../../shared/i18n/locales/fr/cli.json';
import flags from '../../../../shared/i18n/locales/fr/flags.json';
import messages from '../../../../shared/i18n/locales/fr/messages.json';

export default { cli, flags, messages };
