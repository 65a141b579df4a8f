// npm run --silent classify < messages.jsonl
// Reads JSON Lines on stdin ({"id", "text", "context"?, "lang"?}) and writes, in the same order,
// one verdict a line ({"id", "adds_scope", "offers_payment", "blocks_approval", "evidence",
// "confidence", "lang"}). Streams; empty lines are skipped; a malformed line stops it with a
// one-line reason on stderr and a non-zero exit.
import { createInterface } from 'node:readline';
import { detectScope } from '../core/scope';

interface ClassifyInput {
  id: string;
  text: string;
  context?: string | null;
  lang?: string | null;
}

function parseLine(line: string, lineNo: number): ClassifyInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`line ${lineNo}: not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`line ${lineNo}: expected a JSON object`);
  const { id, text, context, lang } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error(`line ${lineNo}: "id" must be a string`);
  if (typeof text !== 'string') throw new Error(`line ${lineNo}: "text" must be a string`);
  if (context !== undefined && context !== null && typeof context !== 'string') throw new Error(`line ${lineNo}: "context" must be a string`);
  if (lang !== undefined && lang !== null && typeof lang !== 'string') throw new Error(`line ${lineNo}: "lang" must be a string`);
  return { id: String(id), text, context: context ?? null, lang: lang ?? null };
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  };
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    const input = parseLine(line, lineNo);
    const verdict = detectScope(input.text, { agreedScope: input.context, lang: input.lang });
    buffer += `${JSON.stringify({
      id: input.id,
      adds_scope: verdict.adds_scope,
      offers_payment: verdict.offers_payment,
      blocks_approval: verdict.blocks_approval,
      evidence: verdict.evidence,
      confidence: Math.round(verdict.confidence * 100) / 100,
      lang: verdict.lang,
    })}\n`;
    if (buffer.length > 64 * 1024) await flush();
  }
  await flush();
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
