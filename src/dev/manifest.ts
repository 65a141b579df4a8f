import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type TargetBrowser = 'chrome' | 'firefox';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The source manifest.json, with its version from package.json, shaped for one browser. */
// biome-ignore lint/suspicious/noExplicitAny: a manifest is JSON until crx validates it
export function manifestFor(browser: TargetBrowser): any {
  const manifest = JSON.parse(readFileSync(`${root}manifest.json`, 'utf8'));
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  manifest.version = pkg.version;
  const background = manifest.background as { service_worker: string; scripts?: string[]; type?: string };
  if (browser === 'firefox') {
    manifest.background = { scripts: [background.service_worker], type: 'module' };
  } else {
    manifest.background = { service_worker: background.service_worker, type: 'module' };
    delete manifest.browser_specific_settings;
  }
  return manifest;
}
