// Keeps the browser's alarms equal to the reminders the stored timelines call for (see
// core/reminders.ts): one alarm per reminder, named by it. Recomputed for a contract when its
// timeline changes, for all on startup, after an import or a deletion, and when the setting
// changes; with reminders off, every reminder alarm is cleared. When an alarm fires, the reminder
// is computed again from the store, and shown only if it still stands. Nothing is sent anywhere.
import { computeReminders, type ContractTimeline, REMINDER_PREFIX, type Reminder, reminderContractId } from '../core/reminders';
import type { Settings } from '../core/settings';
import type { Store } from './store';

export interface AlarmInfo {
  name: string;
  scheduledTime: number;
}

/** The part of `browser.alarms` used here. */
export interface AlarmsApi {
  getAll(): Promise<AlarmInfo[]>;
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface ReminderDeps {
  store: Store;
  settings(): Promise<Settings>;
  /** Epoch ms. */
  now(): number;
  /** IANA zone of the browser. */
  timeZone(): string;
  alarms: AlarmsApi;
  notify(reminder: Reminder): Promise<void>;
}

/** An alarm that fires this late (the computer was asleep or the browser closed) is no longer news. */
export const LATE_LIMIT_MS = 12 * 60 * 60 * 1000;

export interface Reminders {
  /** Brings the alarms of one contract (or of all) in line with the store and the setting. */
  sync(contractId?: string): Promise<Reminder[]>;
  /** An alarm fired: show its reminder if it is one of ours and still stands. */
  fire(alarm: AlarmInfo): Promise<Reminder | null>;
}

export function createReminders(deps: ReminderDeps): Reminders {
  async function timelines(contractId?: string): Promise<ContractTimeline[]> {
    const rows = contractId ? [await deps.store.getContract(contractId)].filter((row) => row !== null) : await deps.store.listContracts();
    const result: ContractTimeline[] = [];
    for (const state of rows) result.push({ state, events: await deps.store.getTimeline(state.id) });
    return result;
  }

  async function syncNow(contractId?: string): Promise<Reminder[]> {
    const prefix = contractId ? `${REMINDER_PREFIX}${contractId}:` : REMINDER_PREFIX;
    const existing = (await deps.alarms.getAll()).filter((alarm) => alarm.name.startsWith(prefix));
    const settings = await deps.settings();
    const wanted = settings.reminders
      ? computeReminders(await timelines(contractId), { now: deps.now(), timeZone: deps.timeZone() })
      : [];
    const byName = new Map(wanted.map((r) => [r.name, r] as const));
    for (const alarm of existing) {
      if (byName.get(alarm.name)?.when !== alarm.scheduledTime) await deps.alarms.clear(alarm.name);
    }
    const kept = new Set(existing.filter((alarm) => byName.get(alarm.name)?.when === alarm.scheduledTime).map((alarm) => alarm.name));
    for (const reminder of wanted) if (!kept.has(reminder.name)) await deps.alarms.create(reminder.name, { when: reminder.when });
    return wanted;
  }

  // One sync at a time: two overlapping ones could each create what the other clears.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    sync(contractId) {
      const run = queue.catch(() => undefined).then(() => syncNow(contractId));
      queue = run;
      return run;
    },

    async fire(alarm) {
      const contractId = reminderContractId(alarm.name);
      if (!contractId) return null;
      if (!(await deps.settings()).reminders) {
        await deps.alarms.clear(alarm.name);
        return null;
      }
      if (deps.now() - alarm.scheduledTime > LATE_LIMIT_MS) return null;
      // As computed just before it was due: the reminder stands only if the store still calls for it.
      const reminder = computeReminders(await timelines(contractId), { now: alarm.scheduledTime - 1, timeZone: deps.timeZone() }).find(
        (r) => r.name === alarm.name,
      );
      if (!reminder) return null;
      await deps.notify(reminder);
      return reminder;
    },
  };
}
