import type { AnswerValue, Item } from '../../domain/questionnaire/schema';
import { useLocalized } from '../../ui/useLocalized';

type ChoiceItem = Extract<Item, { type: 'single-choice' | 'multi-choice' }>;
type Props = {
  item: ChoiceItem;
  value: AnswerValue | undefined;
  isReadOnly: boolean;
  onAnswer: (value: AnswerValue) => void;
};

/** Single choice as radio buttons, multiple choice as checkboxes. */
export function ChoiceQuestion({ item, value, isReadOnly, onAnswer }: Props) {
  const localized = useLocalized();
  const isMulti = item.type === 'multi-choice';
  const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return (
    <fieldset className="question" id={`item-${item.id}`}>
      <legend className="question__text">{localized(item.text)}</legend>
      {item.help ? <p className="field__hint">{localized(item.help)}</p> : null}
      <div className="choices">
        {item.options.map((option) => {
          const id = `${item.id}-${option.value}`;
          const isChecked = selected.includes(option.value);
          return (
            <label key={option.value} htmlFor={id} className="choice">
              <input
                type={isMulti ? 'checkbox' : 'radio'}
                id={id}
                name={item.id}
                checked={isChecked}
                disabled={isReadOnly}
                onChange={() =>
                  onAnswer(
                    isMulti
                      ? isChecked
                        ? selected.filter((v) => v !== option.value)
                        : [...selected, option.value]
                      : option.value,
                  )
                }
              />
              <span>{localized(option.label)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
