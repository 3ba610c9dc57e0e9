// The CLI's English strings: one chunk of the built CLI, loaded only when English is chosen.
import cli from '../../../../shared/i18n/locales/en/cli.json';
import flags from '../../../../shared/i18n/locales/en/flags.json';
import messages from '../../../../shared/i18n/locales/en/messages.json';

export default { cli, flags, messages };
