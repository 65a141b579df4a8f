// npx tsx src/dev/explain-scope.ts "<message>" ["<agreed scope>"]: which cue of which list matched
// in each sentence, and the model's score; for working on the lexicons.
import { detectScope } from '../core/scope';
import { LEXICONS } from '../core/scope/lexicon';
import { detectLanguage } from '../core/scope/language';
import { normaliseForTest } from '../core/scope/detect';
import { splitSentences } from '../core/scope/sentences';

const [text = '', agreedScope] = process.argv.slice(2);
const norm = normaliseForTest(text);
const lang = detectLanguage(norm, text);
const lexicon = LEXICONS[lang] ?? LEXICONS.en!;
process.stdout.write(`lang ${lang}\n`);
for (const span of splitSentences(norm)) {
  const s = norm.slice(span.start, span.end);
  process.stdout.write(`- ${s}\n`);
  for (const field of ['add', 'addWeak', 'notAdd', 'pay', 'notPay', 'block', 'notBlock', 'blockExtra'] as const) {
    const m = (lexicon[field] as RegExp).exec(s);
    if (m) process.stdout.write(`    ${field}: "${m[0]}"\n`);
  }
}
process.stdout.write(`${JSON.stringify(detectScope(text, agreedScope ? { agreedScope } : undefined), null, 1)}\n`);
