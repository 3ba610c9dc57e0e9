// The first script the window runs, before the app's code has even loaded: it
// asks the core for the first screen (the queue's first page, the counts and
// the first comments in full), so the answer is on its way while React and the
// rest are parsed. The store picks the answer up (state/app.ts).
import type { QueueFilter, QueueView } from '../../shared/types';
import { api } from './transport/client';

export const INITIAL_FILTER: QueueFilter = { status: 'pending', sort: 'newest' };
export const FIRST_PAGE = 100;
export const FIRST_DETAILS = 12;

export const firstView: Promise<QueueView> = api.getQueueView({ filter: INITIAL_FILTER, limit: FIRST_PAGE, detailFirst: FIRST_DETAILS });
// Its failure is reported by the store when it reads it; never an unhandled rejection meanwhile.
firstView.catch(() => undefined);
