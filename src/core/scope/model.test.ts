// The trained model beside the rules: it catches plain requests for new things that no cue word
// marks, stays quiet on hard negatives, quotes the client verbatim, and is off at low sensitivity.
import { describe, expect, it } from 'vitest';
import { detectScope } from './index';

describe('the model beside the rules', () => {
  it('catches a plain request for a new thing with no cue word, quoting it verbatim', () => {
    const text = 'We would like a members area where customers log in and see their orders.';
    const verdict = detectScope(text);
    expect(verdict.adds_scope).toBe(true);
    expect(verdict.evidence).toEqual([text]);
  });

  it('is off at low sensitivity, where only clear cues count', () => {
    expect(detectScope('We would like a members area where customers log in and see their orders.', undefined, { sensitivity: 'low' }).adds_scope).toBe(false);
  });

  it.each([
    'Thanks, the header looks great now!',
    'Can you send me the invoice?',
    'we need the invoice for accounting',
    'Please fix the broken link on the contact page.',
    'How is the progress on the checkout page?',
  ])('stays quiet on %j', (text) => {
    expect(detectScope(text).adds_scope).toBe(false);
  });

  it('defers to the agreed scope', () => {
    const text = 'We would like a members area where customers log in and see their orders.';
    const verdict = detectScope(text, { agreedScope: 'Shop with a members area where customers log in and see their orders and invoices.' });
    expect(verdict.adds_scope).toBe(false);
  });
});

describe('training', () => {
  it('is reproducible: retraining on the same data writes the shipped weights byte for byte', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { trainingItems, trainScopeModel, weightsModule } = await import('../../dev/train-scope-model');
    const items = trainingItems(join(import.meta.dirname, '../../../test/fixtures/messages'));
    const shipped = readFileSync(join(import.meta.dirname, 'model-weights.ts'), 'utf8');
    expect(weightsModule(trainScopeModel(items).shipped)).toBe(shipped);
  }, 60_000);

  it('ships a normal threshold of at least even odds, whatever cross-validation on our own writing chose', async () => {
    const { MODEL_WEIGHTS } = await import('./model-weights');
    expect(MODEL_WEIGHTS.threshold).toBeGreaterThanOrEqual(0);
  });
});
