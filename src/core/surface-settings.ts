// What the content script needs of the settings: banners and markers on or off. Kept apart from
// settings.ts, whose schema would bring valibot (7 KB) into the content script; it agrees with
// parseSettings on every input (settings.test.ts checks it).
export const SETTINGS_KEY = 'settings';

export interface SurfaceSettings {
  banners: boolean;
  markers: boolean;
}

/** Banners and markers from whatever is stored: each on unless stored as `false`. */
export function surfaceSettings(stored: unknown): SurfaceSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return {
    banners: typeof value.banners === 'boolean' ? value.banners : true,
    markers: typeof value.markers === 'boolean' ? value.markers : true,
  };
}
