// Keeps the flag engine (compiled from the word lists) and each site's learned model, and
// gives the store the scorer it calls on ingest and on re-flag. Models persist in the store.
import { createFlagEngine, type FlagEngine } from '../../shared/flags';
import { BUNDLED_LISTS_VERSION } from '../../shared/flags';
import { emailDomain, isSharedProvider, registrableDomain } from '../../shared/flags/domains';
import { SpamModel, createSpamModel, type SpamDecision, type SpamLabel } from '../../shared/spam';
import type { FlagContext, FlagInput, FlagResult, ModelStatus, WordLists } from '../../shared/types';
import { memoryTrainingCursor, pullTrainingExamples, type TrainingCursor, type TrainingExample, type TrainingLabel } from './sync/training';
import type { RemoteComment } from './sync/ports';
import type { WordPressClient } from './sources/wordpress-client';
import type { Scorer, Store } from './store';

/** What is saved per site: the model and how far the training pull has read the site's history. */
interface SavedModel {
  version: 1;
  model: unknown;
  newest: Record<TrainingLabel, number>;
}

interface SiteModel {
  model: SpamModel;
  newest: Record<TrainingLabel, number>;
}

export class SpamFilter {
  private engine: FlagEngine;
  private readonly models = new Map<number, SiteModel>();
  /** Sites whose model learned from the site's history since their comments were last scored. */
  private readonly stale = new Set<number>();
  /** Models being relearned aside, by site: the owner's decisions meanwhile teach them too. */
  private readonly relearning = new Map<number, { model: SpamModel; decided: Map<number, SpamLabel> }>();

  constructor(private readonly store: Store) {
    this.engine = createFlagEngine(store.getWordLists());
  }

  /**
   * The store's scorer: word flags, signals and the site's model; it sketches texts as the site
   * model does, so the store finds a campaign's copies in the queue.
   */
  readonly score: Scorer = Object.assign(
    (input: FlagInput, ctx: FlagContext, siteId?: number): FlagResult => this.engine.check(input, ctx, siteId === undefined ? null : this.siteModel(siteId).model),
    { sketch: (content: string) => this.sketchOf(content) },
  );

  /** Live check of a text (settings, CLI): no stored context, no site model. */
  check(input: FlagInput): FlagResult {
    return this.engine.check(input);
  }

  wordLists(): WordLists {
    return { ...this.store.getWordLists(), bundledVersion: BUNDLED_LISTS_VERSION };
  }

  /** Recompiles the engine after a word-list change and re-flags every stored comment. */
  listsChanged(): void {
    this.engine = createFlagEngine(this.store.getWordLists());
    this.store.reflagAll();
  }

  /** The owner's decision teaches the site's model at once (approve = genuine, spam, not-spam). */
  learnDecisions(siteId: number, items: { remoteId: number; input: FlagInput }[], decision: SpamDecision): void {
    if (items.length === 0) return;
    const site = this.siteModel(siteId);
    const wasLearning = site.model.learning;
    const next = this.relearning.get(siteId);
    for (const item of items) {
      site.model.update(item.input, decision);
      next?.model.update(item.input, decision);
      next?.decided.set(item.remoteId, decision === 'spam' ? 'spam' : 'ham');
    }
    // Leaving the learning phase changes every verdict on the site; single decisions otherwise only
    // nudge the model, and re-scoring the whole database on each key press would make keys sluggish.
    if (wasLearning !== site.model.learning) this.stale.add(siteId);
    // One decision teaches the queue: the pending comments of the same campaign (text, e-mail,
    // IP, author domain) follow a spam or not-spam at once, before the UI hears queue-changed.
    if (decision !== 'approve') this.rescoreCampaign(siteId, items);
    // A decision already counted must not be counted again when the training pull meets it on the site.
    const label: SpamLabel = decision === 'spam' ? 'spam' : 'ham';
    this.store.markTrainingSeen(siteId, items.map((i) => i.remoteId), label);
    this.save(siteId);
  }

  /** An undone decision: the model forgets what it learned from it. */
  forgetDecisions(siteId: number, items: { remoteId?: number; input: FlagInput }[], decision: SpamDecision): void {
    if (items.length === 0) return;
    const { model } = this.siteModel(siteId);
    const next = this.relearning.get(siteId);
    for (const { input } of items) {
      model.revert(input, decision);
      next?.model.revert(input, decision);
    }
    this.save(siteId);
    // The campaign the decision had moved moves back.
    if (decision !== 'approve') this.rescoreCampaign(siteId, items);
  }

  private rescoreCampaign(siteId: number, items: readonly { remoteId?: number; input: FlagInput }[]): void {
    const remoteIds = items.map((i) => i.remoteId).filter((id): id is number => id !== undefined);
    const ids = this.store.localIdsOf(siteId, remoteIds).filter((id): id is number => id !== null);
    const domains = new Set<string>();
    const sketches: number[][] = [];
    for (const { input } of items) {
      const site = input.author_url ? registrableDomain(input.author_url) : null;
      const mail = emailDomain(input.author_email);
      for (const d of [site, mail]) if (d && !isSharedProvider(d)) domains.add(d);
      const sketch = this.sketchOf(input.content);
      if (sketch) sketches.push(sketch);
    }
    // The campaign's copies with a few words changed: the model now marks them as the decided
    // comment's ("nearly the same text"); only the text tells which pending comments they are.
    this.store.rescoreCampaign(siteId, ids, [...domains], sketches);
  }

  /** The word sketch the site model keeps of a text (shared/flags/near-text.ts). */
  private sketchOf(content: string): number[] | null {
    return this.engine.sketch(content);
  }

  /** The sync's sink for the site's Spam folder and approved history. */
  readonly learnExamples = (siteId: number, examples: TrainingExample[]): void => {
    // One transaction for the marks and the saved model: a first sync hands thousands of examples.
    this.store.inTransaction(() => this.learnExamplesNow(siteId, examples));
  };

  private learnExamplesNow(siteId: number, examples: TrainingExample[]): void {
    const site = this.siteModel(siteId);
    if (examples.length > 0) this.stale.add(siteId);
    const seen = this.store.trainingSeenAmong(siteId, examples.map((e) => e.comment.id));
    for (const { comment, label } of examples) {
      if (!seen.has(comment.id)) site.model.learn(trainingInput(comment), label);
    }
    this.store.markTrainingSeen(siteId, examples.map((e) => e.comment.id), examples[0]?.label ?? 'ham');
    this.save(siteId);
  }

  /** Where the training pull resumes, per site and label; saved with the model. */
  readonly cursor: TrainingCursor = {
    get: (siteId, label) => this.siteModel(siteId).newest[label],
    set: (siteId, label, newestId) => {
      this.siteModel(siteId).newest[label] = newestId;
      this.save(siteId);
    },
  };

  /** The site's model was learned under an older feature set (shared/spam/features.ts): relearn() it. */
  outdated(siteId: number): boolean {
    return this.siteModel(siteId).model.outdated;
  }

  /**
   * Relearns a site's model from the site's whole history (its Spam folder and approved comments):
   * Settings → Retrain, and the first sync after an update that reads comments differently. The
   * new model is learned aside and replaces the old one only once the pull is done, so a dropped
   * network leaves the site the model it had. The owner's own decisions carry over.
   */
  async relearn(siteId: number, client: WordPressClient, signal?: AbortSignal): Promise<void> {
    const next = this.siteModel(siteId).model.keepingDecisions();
    const decided = new Map<number, SpamLabel>();
    const ids: Record<TrainingLabel, number[]> = { spam: [], ham: [] };
    const cursor = memoryTrainingCursor();
    this.relearning.set(siteId, { model: next, decided });
    try {
      await pullTrainingExamples(
        client,
        siteId,
        (_site, examples) => {
          for (const { comment, label } of examples) {
            next.learn(trainingInput(comment), label);
            ids[label].push(comment.id);
          }
        },
        cursor,
        { signal },
      );
    } finally {
      this.relearning.delete(siteId);
    }
    // What the new model has counted: the history it read, and the decisions taken meanwhile. A
    // decision taken before and not yet on the site is counted when the site has it, as new.
    for (const [remoteId, label] of decided) ids[label].push(remoteId);
    this.store.inTransaction(() => {
      this.store.clearModel(siteId);
      this.store.markTrainingSeen(siteId, ids.spam, 'spam');
      this.store.markTrainingSeen(siteId, ids.ham, 'ham');
      this.models.set(siteId, { model: next, newest: { spam: cursor.get(siteId, 'spam'), ham: cursor.get(siteId, 'ham') } });
      this.save(siteId);
    });
    this.stale.add(siteId);
  }

  /** Re-scores stored comments when a site's model changed enough to move verdicts. Returns the sites. */
  rescoreIfStale(): number[] {
    if (this.stale.size === 0) return [];
    const sites = [...this.stale];
    this.stale.clear();
    this.store.reflagAll();
    return sites;
  }

  status(siteId: number): ModelStatus {
    const s = this.siteModel(siteId).model.status();
    return { siteId, spamExamples: s.spamExamples, hamExamples: s.hamExamples, learning: s.learning };
  }

  /** Forgets what the site's model learned; the next sync reads the site's history again. */
  reset(siteId: number): void {
    this.store.clearModel(siteId);
    this.models.set(siteId, { model: createSpamModel(), newest: { spam: 0, ham: 0 } });
    this.save(siteId);
  }

  forget(siteId: number): void {
    this.models.delete(siteId);
  }

  private siteModel(siteId: number): SiteModel {
    let site = this.models.get(siteId);
    if (!site) {
      site = this.load(siteId);
      this.models.set(siteId, site);
    }
    return site;
  }

  private load(siteId: number): SiteModel {
    const json = this.store.getModelState(siteId);
    if (json) {
      try {
        const saved = JSON.parse(json) as SavedModel;
        return { model: SpamModel.fromJSON(saved.model), newest: { spam: saved.newest?.spam ?? 0, ham: saved.newest?.ham ?? 0 } };
      } catch {
        // A damaged model is not worth an error: start learning again from the site's history.
      }
    }
    return { model: createSpamModel(), newest: { spam: 0, ham: 0 } };
  }

  private save(siteId: number): void {
    const site = this.siteModel(siteId);
    const saved: SavedModel = { version: 1, model: site.model.toJSON(), newest: site.newest };
    this.store.saveModelState(siteId, JSON.stringify(saved));
  }
}

/** What the model reads of a comment from the site's history. */
function trainingInput(comment: RemoteComment): FlagInput {
  return {
    content: comment.content_raw,
    author_name: comment.author_name,
    author_email: comment.author_email,
    author_url: comment.author_url,
    author_ip: comment.author_ip,
    type: comment.type,
  };
}
