// The first script the window runs, before the app's code has even loaded: it
// asks the core for the first screen (the queue's first page, the counts and
// the first comments in full), so the answer is on its way while React and the
// rest are parsed; under `npm run web` the answer is already in the page. The
// store picks the answer up (state/app.ts).
import { FIRST_VIEW } from '../../shared/first-view';
import type { QueueFilter, QueueView } from '../../shared/types';
import { api } from './transport/client';

export const INITIAL_FILTER: QueueFilter = FIRST_VIEW.filter;

export const firstView: Promise<QueueView> = api.getQueueView(FIRST_VIEW);
// Its failure is reported by the store when it reads it; never an unhandled rejection meanwhile.
firstView.catch(() => undefined);
