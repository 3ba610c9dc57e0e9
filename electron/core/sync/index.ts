// What the rest of the app uses from the sync.
export { syncSite, type SyncDeps, type SyncMode, type SyncOptions } from './sync-site';
export { SyncScheduler, type SchedulerOptions } from './scheduler';
export { pullSite, type PullOptions, type PullResult } from './pull';
export { pushSite, type PushOptions, type PushResult } from './push';
export { pullTrainingExamples, memoryTrainingCursor, type TrainingExample, type TrainingSink, type TrainingCursor } from './training';
export { retryDelayMs } from './backoff';
