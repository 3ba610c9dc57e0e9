// Child process for open.test.ts: opens the store at the given path and adds one site,
// as a CLI command run beside another one would. Prints "ok" or the error message.
import { openStore } from '../../../electron/core/store';

const [path, name] = [process.argv[2]!, process.argv[3]!];
try {
  const store = openStore({ path });
  store.addSite({ baseUrl: `https://${name}.example`, restRoot: `https://${name}.example/wp-json/`, user: 'u', name });
  store.close();
  process.stdout.write('ok');
} catch (err) {
  process.stdout.write(err instanceof Error ? err.message : String(err));
}
