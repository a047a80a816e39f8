import { useState } from 'react';
import type { AnswerValue, Item } from '../../domain/questionnaire/schema';
import { useLocalized } from '../../ui/useLocalized';

type OpenItem = Extract<Item, { type: 'number' | 'year' | 'text' }>;
type Props = {
  item: OpenItem;
  value: AnswerValue | undefined;
  isReadOnly: boolean;
  onAnswer: (value: AnswerValue | undefined) => void;
};

/** Number, year and text answers; saved when the field loses focus. */
export function OpenQuestion({ item, value, isReadOnly, onAnswer }: Props) {
  const localized = useLocalized();
  const [draft, setDraft] = useState(value === undefined || value === null ? '' : String(value));
  const isNumeric = item.type !== 'text';
  function commit() {
    const trimmed = draft.trim();
    if (trimmed === '') return onAnswer(undefined);
    if (!isNumeric) return onAnswer(trimmed);
    const number = Number(trimmed.replace(',', '.'));
    if (Number.isFinite(number)) onAnswer(number);
  }
  const id = `input-${item.id}`;
  return (
    <div className="question field" id={`item-${item.id}`}>
      <label htmlFor={id} className="question__text">
        {localized(item.text)}
      </label>
      {item.help ? <p className="field__hint">{localized(item.help)}</p> : null}
      {item.type === 'text' ? (
        <textarea
          id={id}
          value={draft}
          maxLength={item.maxLength}
          disabled={isReadOnly}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          rows={3}
        />
      ) : (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={draft}
          disabled={isReadOnly}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
        />
      )}
    </div>
  );
}
