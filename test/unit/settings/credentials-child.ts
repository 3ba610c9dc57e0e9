// Child process for credentials.test.ts: saves 50 passwords one after another, starting at the
// given instant, as several `moderato site add` run at once would.
import { createFileCredentialStore } from '../../../electron/core/settings/file-credentials';

const [file, worker, startAt] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
while (Date.now() < startAt) {
  // all children begin together, so their writes overlap
}
const store = createFileCredentialStore(file, {});
for (let k = 0; k < 50; k++) store.set(worker * 1000 + k, `password ${worker}-${k}`);
