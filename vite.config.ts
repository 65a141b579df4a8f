import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { manifestFor, type TargetBrowser } from './src/dev/manifest';

// One source manifest, two builds: `vite build --mode chrome` -> dist/chrome (service worker),
// `vite build --mode firefox` -> dist/firefox (event page, gecko settings).
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // The content script is one self-contained file: nothing to expose to pages through
        // web_accessible_resources, nothing loaded later.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    define: {
      __BROWSER__: JSON.stringify(browser),
    },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
    },
    legacy: {},
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.{ts,tsx}', 'test/structure/**/*.test.ts'],
            exclude: [...configDefaults.exclude],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
            maxWorkers: 1,
          },
        },
      ],
    },
  };
});
