// English words for screening reasons and criteria fails on the command line: the same texts and
// formatter as the app's English UI (src/features/funder), with a plain {{name}} interpolation.
import type { CriterionFail, ScreenReason } from '../../src/domain/screening';
import en from '../../src/features/funder/messages/en.json';
import {
  criterionFailText,
  screenReasonText,
  type ReasonWording,
} from '../../src/features/funder/reason-text';

function lookup(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) {
    node = node !== null && typeof node === 'object' ? Reflect.get(node, part) : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

const wording: ReasonWording = {
  t: (key, values = {}) =>
    (lookup(key) ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')),
  formatNumber: (value) => String(Math.round(value * 1000) / 1000),
};

/** A screening reason in English, for `selfscan screen`. */
export const describeScreenReason = (reason: ScreenReason) => screenReasonText(reason, wording);

/** A failed criterion in English. */
export const describeCriterionFail = (fail: CriterionFail) => criterionFailText(fail, wording);
