// The user's settings: defined once, with their defaults, version and migrations (WXT-style
// storage items). Stored in storage.local under SETTINGS_KEY; read by every context.
import * as v from 'valibot';
import { SETTINGS_KEY } from './surface-settings';

export { SETTINGS_KEY };
export const SETTINGS_VERSION = 2;

export const READY_MESSAGE_LANGS = ['auto', 'en', 'es', 'pt', 'fr', 'de', 'ru', 'uk', 'hi'] as const;

const settingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** How readily a client message becomes a warning. */
  sensitivity: v.picklist(['low', 'normal', 'high']),
  /** Language of the ready-to-send messages: the client's own ("auto") or a fixed one. */
  readyMessageLang: v.picklist(READY_MESSAGE_LANGS),
  banners: v.boolean(),
  markers: v.boolean(),
  /** Deadline reminders (browser notifications at 09:00 local time); off clears every alarm. */
  reminders: v.boolean(),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sensitivity: 'normal',
  readyMessageLang: 'auto',
  banners: true,
  markers: true,
  reminders: true,
};

/** Migrations by the version they produce: `{2: (v1) => v2}`. */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 2: deadline reminders arrive, on (the update that brings them asks for the notifications permission).
  2: (v1) => ({ ...v1, version: 2, reminders: true }),
};

/** Whatever is stored (nothing, an old version, garbage) -> valid settings; unknown parts -> defaults. */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  let value = { ...(stored as Record<string, unknown>) };
  let version = typeof value.version === 'number' ? value.version : 1;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version + 1];
    if (migrate) value = migrate(value);
    version += 1;
  }
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = { ...merged, [key]: value[key] };
    if (v.is(settingsSchema, candidate)) Object.assign(merged, { [key]: value[key] });
  }
  return merged;
}
