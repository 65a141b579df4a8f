// For the detector's tests: the three flags of one message, with an optional agreed scope.
import { detectScope } from './index';

export const signals = (text: string, agreedScope?: string) => {
  const v = detectScope(text, agreedScope ? { agreedScope } : undefined);
  return { adds: v.adds_scope, pay: v.offers_payment, block: v.blocks_approval };
};
