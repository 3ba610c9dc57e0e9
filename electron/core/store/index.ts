// The local SQLite store. See store.ts.
export { openStore, Store, type StoreOptions } from './store';
export { noFlags, type Scorer } from './scorer';
