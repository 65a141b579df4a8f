// Checks on what ships: the built manifests' permissions, CSP, gecko settings; no remote code, no
// eval, no HTML parsing of page data; and web-ext lint clean apart from the README's listed warning.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/dev/build';
import { testedBuild } from '../../src/dev/harness';

const manifest = (browser: 'chrome' | 'firefox') => JSON.parse(readFileSync(join(testedBuild(browser), 'manifest.json'), 'utf8'));

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

// alarms and notifications: deadline reminders (set from stored data, shown by the browser).
const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'notifications'];
const ALLOWED_HOSTS = ['https://www.upwork.com/*'];
const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' data:; connect-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The content script plus everything it loads: what every Upwork page pays for. */
function contentScriptFiles(browser: 'chrome' | 'firefox'): string[] {
  const m = manifest(browser);
  return (m.content_scripts as { js: string[] }[]).flatMap((c) => c.js).map((f) => join(testedBuild(browser), f));
}

describe.each(['chrome', 'firefox'] as const)('%s build', (browser) => {
  it('asks for no more than it needs', () => {
    const m = manifest(browser);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions ?? []).toEqual(ALLOWED_PERMISSIONS);
    expect(m.host_permissions).toEqual(ALLOWED_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    // Nothing of the extension is reachable from a web page, and no page is allowed to frame it.
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.content_security_policy.extension_pages).toBe(CSP);
    for (const cs of m.content_scripts) expect(cs.matches).toEqual(ALLOWED_HOSTS);
    expect(m.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(m.default_locale).toBe('en');
  });

  it('has the right background for the browser', () => {
    const m = manifest(browser);
    if (browser === 'chrome') {
      expect(m.background.service_worker).toBeTruthy();
      expect(m.background.scripts).toBeUndefined();
      expect(m.browser_specific_settings).toBeUndefined();
    } else {
      expect(m.background.scripts).toHaveLength(1);
      expect(m.background.service_worker).toBeUndefined();
      expect(m.browser_specific_settings.gecko.id).toBe('scope-guard@scopeguard.dev');
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  it('ships no eval, no remote code and no listener for other extensions', () => {
    for (const file of files(testedBuild(browser)).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      const find = (pattern: RegExp) => code.match(pattern)?.[0] ?? null;
      expect(find(/\beval\(|new Function\(|\bFunction\(\s*['"]/), file).toBeNull();
      // The polyfill names onMessageExternal in its wrapper table; no code listens on it.
      expect(find(/(onMessageExternal|onConnectExternal)\.addListener/), file).toBeNull();
      expect(find(/https?:\/\/(?!www\.upwork\.com|support\.upwork\.com|community\.upwork\.com|www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.(js|mjs)\b/), file).toBeNull();
    }
    for (const file of files(testedBuild(browser)).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/src="https?:/);
    }
  });

  it('parses no page data as HTML: the one innerHTML site is Preact\'s dangerouslySetInnerHTML, which is never used', () => {
    // Every way a string becomes markup in the DOM. Reading innerHTML is harmless; writing it is not.
    const sinks =
      /\.(?:innerHTML|outerHTML)\s*(?:=(?!=)|\+=)|insertAdjacentHTML|createContextualFragment|document\.write(?:ln)?\(|\bDOMParser\b|\.setHTML(?:Unsafe)?\(|parseHTMLUnsafe|\bsrcdoc\b/g;
    const found: string[] = [];
    for (const file of files(testedBuild(browser)).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(sinks)) {
        found.push(`${file.slice(testedBuild(browser).length + 1)}: ${code.slice(Math.max(0, match.index - 40), match.index + 40)}`);
      }
    }
    // Preact's renderer: `e.innerHTML=p.__html`, reached only through dangerouslySetInnerHTML.
    const preact = found.filter((site) => /\.innerHTML=[\w$]+\.__html\b/.test(site));
    expect(preact).toHaveLength(1);
    expect(found.filter((site) => !preact.includes(site))).toEqual([]);
    // And the extension's source never uses it (src/dev/ holds Node-side tools and the harness,
    // which play Upwork's part in test pages and never ship).
    const sources = files(join(ROOT, 'src')).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith(join(ROOT, 'src', 'dev')),
    );
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
  });

  it('keeps the content script free of every HTML sink', () => {
    const code = readFileSync(contentScriptFiles(browser)[0] as string, 'utf8');
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write|DOMParser/);
  });

  // 30 KB since statuses, labels and headings in seven languages (issue 14, 29.6 KB, after valibot
  // left it again); 29 KB since month names in ten languages (28.2 KB); 28 KB since the workroom readers
  // learnt labels in five languages, side panels, header-mapped tables and client/status anchors
  // (26.5 KB; was 25 KB). The bug-report sanitizer left it for the background (29.9 → 28.5 KB):
  // the content script hands over the page's structure only (upwork/page-tree.ts).
  it('keeps the content script self-contained and under 30 KB gzip', () => {
    const scripts = contentScriptFiles(browser);
    expect(scripts).toHaveLength(1);
    const code = readFileSync(scripts[0] as string);
    expect(code.toString()).not.toMatch(/\bimport\s*\(|^import\s/m);
    expect(gzipSync(code).length).toBeLessThanOrEqual(30 * 1024);
  });
});

describe('web-ext lint', () => {
  it('reports no errors and only the warning the README lists', () => {
    let output: string;
    try {
      output = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', testedBuild('firefox'), '--output', 'json', '--self-hosted'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output);
    expect(report.errors).toEqual([]);
    const warnings = (report.warnings as { code: string; file: string }[]).map((w) => `${w.code} ${w.file}`);
    // Preact's DOM renderer assigns innerHTML for dangerouslySetInnerHTML, which this project
    // never uses (a structure test enforces it); the linter flags the code path anyway.
    expect(warnings.filter((w) => !/^UNSAFE_VAR_ASSIGNMENT assets\/.*\.js$/.test(w))).toEqual([]);
    expect(report.notices ?? []).toEqual([]);
  });
});
