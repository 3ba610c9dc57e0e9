export { SpamModel, createSpamModel, LEARNING_THRESHOLD, MAX_VOCABULARY, TRUSTED_EXAMPLES } from './model';
export type { FeatureWeight, SpamDecision, SpamLabel, SpamModelOptions, SpamModelState, SpamModelStatus, SpamScore } from './model';
export type { Observations } from '../flags/site-model';
export { describeFeature, extractFeatures } from './features';
