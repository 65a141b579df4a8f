// One place that checks who sent a message and what it holds, before any handler runs.
// Trust tiers (as in uBlock Origin's messaging): content scripts on https://www.upwork.com tabs may
// send page readings and ask for their page's view; everything else needs one of the extension's
// own pages. Rejections change nothing and are logged once per reason.
import * as v from 'valibot';
import { type Envelope, Rejection } from './envelope';
import { CONTENT_SCRIPT_TYPES, isMessageType, type MessageType, type RequestOf, requestSchemas } from './schema';

export interface SenderInfo {
  /** Extension id of the sender. */
  id?: string;
  /** URL of the frame that sent it (the page for content scripts). */
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface HandlerContext {
  sender: SenderInfo;
  /** The tab of a content script, when a content script sent it. */
  tabId: number | null;
  fromContentScript: boolean;
}

export type Handlers<R extends Record<MessageType, unknown>> = {
  [T in MessageType]: (data: RequestOf<T>, context: HandlerContext) => Promise<R[T]> | R[T];
};

const UPWORK_ORIGIN = 'https://www.upwork.com/';

export function createRouter<R extends Record<MessageType, unknown>>(
  handlers: Handlers<R>,
  self: { runtimeId: string; extensionOrigin: string },
  log: (reason: string) => void = onceLogger(),
): (message: unknown, sender: SenderInfo) => Promise<Envelope<unknown>> {
  return async (message, sender) => {
    const reject = (reason: string): Envelope<unknown> => {
      log(reason);
      return { ok: false, error: reason };
    };
    if (sender.id !== self.runtimeId) return reject('Rejected a message from another extension or page');
    const senderUrl = sender.url ?? '';
    const fromExtensionPage = senderUrl.startsWith(self.extensionOrigin) && sender.tab?.url?.startsWith(UPWORK_ORIGIN) !== true;
    const fromContentScript = !fromExtensionPage && senderUrl.startsWith(UPWORK_ORIGIN);
    if (!fromExtensionPage && !fromContentScript) return reject('Rejected a message from an unexpected sender');
    if (typeof message !== 'object' || message === null) return reject('Rejected a message that is not an object');
    const { type, data } = message as { type?: unknown; data?: unknown };
    if (!isMessageType(type)) return reject(`Rejected a message of unknown type ${JSON.stringify(String(type)).slice(0, 60)}`);
    if (fromContentScript && !CONTENT_SCRIPT_TYPES.has(type)) {
      return reject(`Rejected "${type}" from a content script: only the extension's own pages may send it`);
    }
    const parsed = v.safeParse(requestSchemas[type], data);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return reject(`Rejected "${type}": ${path ? `${path}: ` : ''}${issue.message}`.slice(0, 300));
    }
    const context: HandlerContext = {
      sender,
      tabId: fromContentScript ? (sender.tab?.id ?? null) : null,
      fromContentScript,
    };
    try {
      // biome-ignore lint/suspicious/noExplicitAny: the schema check above ties data to its type
      const value = await handlers[type](parsed.output as any, context);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof Rejection) return reject(error.message);
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`Scope Guard: "${type}" failed:`, error);
      return { ok: false, error: reason };
    }
  };
}

/** console.warn each distinct reason once, so a hostile page cannot flood the log. */
export function onceLogger(limit = 200): (reason: string) => void {
  const seen = new Set<string>();
  return (reason) => {
    if (seen.has(reason) || seen.size >= limit) return;
    seen.add(reason);
    console.warn(`Scope Guard: ${reason}`);
  };
}
