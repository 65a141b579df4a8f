// npx tsx src/dev/explain-scope.ts "<message>" ["<agreed scope>"]: for working on the lexicons.
// Prints each sentence as the detector reads it (folded, pasted code blanked), the cue of each
// lexicon list that matches in it, the model's best score, and the verdict.
import { detectScope, detectWith } from '../core/scope';
import { LEXICONS } from '../core/scope/lexicon';
import { defaultModel } from '../core/scope/model';
import { emptyTrace } from './train-scope-model';

const [text = '', agreedScope] = process.argv.slice(2);
const context = agreedScope ? { agreedScope } : undefined;
const trace = emptyTrace();
detectWith(text, context, undefined, defaultModel(), trace);
const lexicon = LEXICONS[trace.lang] ?? LEXICONS.en;
process.stdout.write(`lang ${trace.lang}\n`);
for (const span of trace.sentences) {
  const s = trace.text.slice(span.start, span.end);
  process.stdout.write(`- ${s}\n`);
  for (const field of ['add', 'addWeak', 'notAdd', 'pay', 'notPay', 'block', 'notBlock', 'blockExtra'] as const) {
    const m = lexicon?.[field].exec(s);
    if (m) process.stdout.write(`    ${field}: "${m[0]}"\n`);
  }
}
process.stdout.write(`model best ${trace.best}\n${JSON.stringify(detectScope(text, context), null, 1)}\n`);
