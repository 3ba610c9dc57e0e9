import type { FlagContext, FlagInput, FlagResult } from '../../../shared/types';

/** The flag engine, injected: the store only calls it. `siteId` selects that site's learned spam model. */
export type Scorer = (input: FlagInput, ctx: FlagContext, siteId: number) => FlagResult;

export const noFlags: Scorer = () => ({ flags: [], score: 0, likelySpam: false, spamProbability: null });
