// Gzip sizes of what the built extension loads: the content script injected into every Upwork
// page, the background, and the popup (its HTML, scripts and styles, following static imports).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

function closure(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const path = normalize(file);
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const refs: string[] = [];
    if (path.endsWith('.html')) for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(m[1] as string);
    if (path.endsWith('.js')) for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) refs.push(m[1] as string);
    for (const ref of refs) visit(ref.startsWith('/') ? join(root, ref) : join(dirname(path), ref));
  };
  for (const entry of entries) visit(join(root, entry));
  return [...seen];
}

const gzipped = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

export function bundleSizes(chromeDir: string): { content: number; background: number; popup: number } {
  const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    background: { service_worker: string };
    action: { default_popup: string };
  };
  return {
    content: gzipped(closure(chromeDir, manifest.content_scripts.flatMap((c) => c.js))),
    background: gzipped(closure(chromeDir, [manifest.background.service_worker])),
    popup: gzipped(closure(chromeDir, [manifest.action.default_popup])),
  };
}
