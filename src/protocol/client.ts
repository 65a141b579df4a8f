// The typed way every context talks to the background (natively: see platform/native-api.ts).
import { api as browser } from '../platform/native-api';
import { unwrap } from './envelope';
import type { MessageType, RequestOf } from './schema';
import type { ResponseMap } from './views';

export async function send<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseMap[T]> {
  const reply = await browser.runtime.sendMessage({ type, data });
  return unwrap<ResponseMap[T]>(reply);
}
