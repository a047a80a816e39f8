import type { Answers, AnswerValue, Item, Questionnaire } from '../../questionnaire/schema';
import type { ByteReader, ByteWriter } from './bytes';
import { CodeBytesError } from './bytes';

// every item is one digit: 0 = not answered, 1 = null ("weet ik niet"), then the item's own
// values; the last digit says "some other value", written out as JSON after the digits
const absent = 0;
const unknownAnswer = 1;

function ownValues(item: Item): readonly AnswerValue[] {
  if (item.type === 'likert5') return [1, 2, 3, 4, 5];
  if (item.type === 'single-choice') return item.options.map((option) => option.value);
  return [];
}

function radixOf(item: Item): bigint {
  return BigInt(ownValues(item).length + 3);
}

/** How many bytes the answer digits of this questionnaire take: fixed by its item list. */
function digitBytes(items: readonly Item[]): number {
  const largest = items.reduce((product, item) => product * radixOf(item), 1n) - 1n;
  return Math.max(1, Math.ceil(largest.toString(16).length / 2));
}

/** Writes the answers as one mixed-radix number in item order, then anything else as JSON. */
export function writeAnswers(
  writer: ByteWriter,
  questionnaire: Questionnaire,
  answers: Answers,
): void {
  const others: AnswerValue[] = [];
  let number = 0n;
  for (const item of [...questionnaire.items].reverse()) {
    const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    const own = ownValues(item).indexOf(value ?? '\u0000');
    let digit: number;
    if (value === undefined) digit = absent;
    else if (value === null) digit = unknownAnswer;
    else if (own >= 0) digit = own + 2;
    else {
      digit = ownValues(item).length + 2;
      others.unshift(value);
    }
    number = number * radixOf(item) + BigInt(digit);
  }
  const hex = number.toString(16).padStart(digitBytes(questionnaire.items) * 2, '0');
  for (let i = 0; i < hex.length; i += 2) writer.byte(parseInt(hex.slice(i, i + 2), 16));
  const known = new Set(questionnaire.items.map((item) => item.id));
  const strangers = Object.entries(answers).filter(([id]) => !known.has(id));
  writer.text(others.length + strangers.length === 0 ? '' : JSON.stringify([others, strangers]));
}

function readExtras(text: string): { others: AnswerValue[]; strangers: [string, AnswerValue][] } {
  if (text === '') return { others: [], strangers: [] };
  try {
    const [others, strangers] = JSON.parse(text) as [AnswerValue[], [string, AnswerValue][]];
    if (!Array.isArray(others) || !Array.isArray(strangers)) throw new Error('shape');
    return { others, strangers };
  } catch {
    throw new CodeBytesError('the extra answers in the code are not readable');
  }
}

/** Reads answers written by writeAnswers, for the same questionnaire. */
export function readAnswers(reader: ByteReader, questionnaire: Questionnaire): Answers {
  const bytes = reader.raw(digitBytes(questionnaire.items));
  let number = BigInt(`0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`);
  const { others, strangers } = readExtras(reader.text());
  const entries: [string, AnswerValue][] = [];
  for (const item of questionnaire.items) {
    const radix = radixOf(item);
    const digit = Number(number % radix);
    number /= radix;
    const values = ownValues(item);
    if (digit === absent) continue;
    if (digit === unknownAnswer) entries.push([item.id, null]);
    else if (digit < values.length + 2) entries.push([item.id, values[digit - 2] ?? null]);
    else {
      if (others.length === 0) throw new CodeBytesError('an answer is missing from the code');
      entries.push([item.id, others.shift() ?? null]);
    }
  }
  if (number !== 0n || others.length > 0) throw new CodeBytesError('the answers do not fit');
  return Object.fromEntries([...entries, ...strangers]);
}
