export { SpamModel, createSpamModel, LEARNING_THRESHOLD, MAX_VOCABULARY } from './model';
export type { FeatureWeight, Observations, SpamDecision, SpamLabel, SpamModelOptions, SpamModelState, SpamModelStatus, SpamScore } from './model';
export { describeFeature, extractFeatures } from './features';
