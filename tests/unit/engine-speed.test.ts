// Speed work that must not change what the engine says: each faster path is held against the
// plain computation it replaces, on sentences an agent might write.
import { describe, expect, it } from 'vitest';
import { compileModel, scoreFeatures, shippedModel, type LinearModelData } from '../../src/engine/model';
import { sentenceFeatures } from '../../src/engine/model/features';
import { SentenceScorer } from '../../src/engine/model/sentence-scorer';
import { normalize } from '../../src/engine/normalize';

const canonical = (text: string) => normalize(text).text;

describe('the model’s sentence scorer', () => {
  // Sentences that reach each kind of feature: plain words, stems, digits, apostrophes, a quote,
  // each concept class (alone and twice), words said twice, and a sentence of one word.
  const sentences = [
    'Our records show the parcel was delivered on Monday',
    "I'm afraid it's our policy, order #4412 can't be refunded",
    'Your colleague said “there is nothing we can do”, and that was wrong',
    'The courier has your parcel and the courier will call you',
    'Per company policy and the terms and conditions we cannot refund',
    'Sorry for any inconvenience and sorry for the trouble',
    'Our system and our records both show one payment of £37.50',
    'Thanks',
    'refund refund refund',
    'We have passed this to the other team, who will be in touch within 3-5 working days',
    'The app’s tracking page says delivered, but the driver’s scanner may be wrong',
  ].map(canonical);

  it.each(sentences)('scores as the spelled-out features do: %s', (sentence) => {
    const model = shippedModel();
    expect(new SentenceScorer(model).scores(sentence)).toEqual(scoreFeatures(sentenceFeatures(sentence), model));
  });

  it('keeps each sentence apart when one scorer reads them in turn (its word cache and stamps)', () => {
    const model = shippedModel();
    const scorer = new SentenceScorer(model);
    // Twice over, in turn: a feature counted for one sentence must still count for the next.
    for (const sentence of [...sentences, ...sentences]) expect(scorer.scores(sentence)).toEqual(scoreFeatures(sentenceFeatures(sentence), model));
  });

  it('counts a feature once a sentence, however often its words repeat', () => {
    // A toy model: every weighed feature adds 1 to rule 0, so the sum is the count of distinct features.
    const data: LinearModelData = {
      rules: ['policy-shield'],
      bias: [0],
      scale: [1],
      thresholds: [0.5],
      weights: ['u:refund\t0:1', 'b:^ refund\t0:1', 'b:refund refund\t0:1', 'c:rulebook\t0:1', 'cb:{rulebook} refund\t0:1'].join('\n'),
    };
    const model = compileModel(data);
    const scorer = new SentenceScorer(model);
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    expect(scorer.scores('refund refund refund')).toEqual([sigmoid(3)]);
    // u:refund, c:rulebook and cb:{rulebook} refund, each once.
    expect(scorer.scores('policy refund policy refund')).toEqual([sigmoid(3)]);
    expect(scorer.scores('no match here')).toEqual([sigmoid(0)]);
    // A near miss: the same words in another order make another bigram, which this model does not weigh.
    expect(scorer.scores('refund policy')).toEqual(scoreFeatures(sentenceFeatures('refund policy'), model));
  });
});
