import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';
import { surfaceSettings } from './surface-settings';

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid stored values', () => {
    const stored = { ...DEFAULT_SETTINGS, sensitivity: 'low', banners: false, readyMessageLang: 'uk' };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('replaces each invalid value by its default and keeps the rest', () => {
    const parsed = parseSettings({ version: 1, sensitivity: 'extreme', banners: 'yes', markers: false, readyMessageLang: 'es' });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, markers: false, readyMessageLang: 'es' });
  });

  it('ignores unknown keys and prototype tricks', () => {
    const parsed = parseSettings(JSON.parse('{"__proto__": {"banners": false}, "extra": 1, "markers": false}'));
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, markers: false });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('reads settings stored without a version as version 1', () => {
    expect(parseSettings({ sensitivity: 'high' })).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high' });
  });
});

describe('settings migrations', () => {
  const v1 = { version: 1, sensitivity: 'low', readyMessageLang: 'uk', banners: false, markers: true };

  it('2: a version-1 record keeps every value and gains reminders, on', () => {
    expect(parseSettings(v1)).toEqual({ ...v1, version: 2, reminders: true });
    expect(parseSettings({ sensitivity: 'high' })).toMatchObject({ version: 2, sensitivity: 'high', reminders: true });
  });

  it('keeps reminders turned off in a version-2 record', () => {
    expect(parseSettings({ ...v1, version: 2, reminders: false })).toEqual({ ...v1, version: 2, reminders: false });
  });

  it('replaces a reminders value that is not a boolean by the default', () => {
    expect(parseSettings({ ...v1, version: 2, reminders: 'no' }).reminders).toBe(true);
  });
});

describe('surfaceSettings (the content script’s view, without valibot)', () => {
  it('agrees with parseSettings on banners and markers for any stored value', () => {
    const stored: unknown[] = [
      undefined, null, 'x', 3, [], {}, { banners: false }, { markers: false }, { banners: 'no', markers: 0 },
      { version: 7, banners: false, markers: true }, { ...DEFAULT_SETTINGS, banners: false, markers: false },
    ];
    for (const value of stored) {
      const full = parseSettings(value);
      expect(surfaceSettings(value)).toEqual({ banners: full.banners, markers: full.markers });
    }
  });
});
