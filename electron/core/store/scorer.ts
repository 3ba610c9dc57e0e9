import type { FlagContext, FlagInput, FlagResult } from '../../../shared/types';
import type { TextSketcher } from './queue-texts';

/**
 * The flag engine, injected: the store only calls it. `siteId` selects that site's learned spam
 * model. A scorer that reads words may also sketch texts (`sketch`): the store then finds
 * nearly the same text from several authors in the queue (queue-texts.ts).
 */
export type Scorer = ((input: FlagInput, ctx: FlagContext, siteId: number) => FlagResult) & { sketch?: TextSketcher };

export const noFlags: Scorer = () => ({ flags: [], score: 0, likelySpam: false, spamProbability: null });
