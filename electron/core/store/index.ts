// The local SQLite store. See store.ts.
export { openStore, noFlags, Store, type Scorer, type StoreOptions } from './store';
