// `npm run --silent parse -- --url <page URL> <file.html> [--today YYYY-MM-DD]`
// Reads a saved Upwork page the way the content script would and prints the PageReading as JSON
// on stdout. On failure: exit code 1 and a one-line reason on stderr.

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage } from '../upwork/read-page';

function fail(reason: string): never {
  process.stderr.write(`parse: ${reason}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { url: string; file: string; today?: string } {
  let url: string | undefined;
  let today: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url' || arg === '--today') {
      const value = argv[++i];
      if (!value) fail(`${arg} needs a value`);
      if (arg === '--url') url = value;
      else today = value;
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg.startsWith('--today=')) today = arg.slice(8);
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (!url) fail('missing --url <page URL>; usage: parse --url <page URL> <file.html>');
  if (files.length !== 1) fail(`expected one HTML file, got ${files.length}; usage: parse --url <page URL> <file.html>`);
  try {
    new URL(url);
  } catch {
    fail(`not a URL: ${url}`);
  }
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today must be YYYY-MM-DD, got ${today}`);
  return { url, file: files[0] as string, today };
}

const { url, file, today } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
const dom = new JSDOM(html, { url }); // scripts are not run: jsdom's default
const reading = readPage(dom.window.document, url, today ? { today } : {});
process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
