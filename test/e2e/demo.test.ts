// `npm start` without a display: the demo contract in each browser, with screenshots of the three
// views. screenshotDemo itself fails when the banner, the markers or the popup's quote are missing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPages, screenshotDemo } from '../../src/dev/demo';
import { BROWSERS } from './browsers';

describe('demo pages', () => {
  it('date the submission six days back, inside the 14-day review', () => {
    const { workroom, room } = demoPages(new Date(2027, 0, 10));
    expect(workroom).toContain('Submitted for review</span> <span class="text-light">Jan 4, 2027');
    expect(room).toContain('January 5, 2027 at 4:47 PM');
    expect(room).not.toMatch(/<script/i);
  });
});

describe.each(BROWSERS)('npm start without a display, in %s', (browserName) => {
  it('writes screenshots of the workroom banner, the room markers and the popup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scope-guard-demo-'));
    try {
      const paths = await screenshotDemo(browserName, dir);
      expect(paths.map((p) => basename(p))).toEqual(['workroom-banner.png', 'room-markers.png', 'popup.png']);
      for (const path of paths) {
        const png = readFileSync(path);
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(png.readUInt32BE(16), `${basename(path)} width`).toBeGreaterThanOrEqual(440);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
