import { useTranslation } from 'react-i18next';
import type { LikertItem, Questionnaire } from '../../domain/questionnaire/schema';
import type { AnswerValue } from '../../domain/questionnaire/schema';
import { useLocalized } from '../../ui/useLocalized';

type Props = {
  item: LikertItem;
  scale: Questionnaire['scale'];
  value: AnswerValue | undefined;
  isReadOnly: boolean;
  onAnswer: (value: AnswerValue) => void;
};

/** A five-point statement as labelled radio buttons plus "weet ik niet"; arrow keys move within the group. */
export function LikertQuestion({ item, scale, value, isReadOnly, onAnswer }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const choices: { key: string; answer: AnswerValue; label: string }[] = [
    ...scale.labels.map((label, index) => ({
      key: String(index + 1),
      answer: index + 1,
      label: localized(label),
    })),
    { key: 'dontknow', answer: null, label: localized(scale.dontKnow) },
  ];
  return (
    <fieldset
      className="question"
      id={`item-${item.id}`}
      aria-describedby={item.help ? `help-${item.id}` : undefined}
    >
      <legend className="question__text">{localized(item.text)}</legend>
      {item.help ? (
        <p id={`help-${item.id}`} className="field__hint">
          {localized(item.help)}
        </p>
      ) : null}
      <div className="likert" role="presentation">
        {choices.map((choice) => {
          const id = `${item.id}-${choice.key}`;
          const isChecked = value !== undefined && value === choice.answer;
          return (
            <label
              key={choice.key}
              htmlFor={id}
              className={
                choice.answer === null
                  ? 'likert__choice likert__choice--dontknow'
                  : 'likert__choice'
              }
            >
              <input
                type="radio"
                id={id}
                name={item.id}
                checked={isChecked}
                disabled={isReadOnly}
                onChange={() => onAnswer(choice.answer)}
              />
              {choice.answer !== null ? (
                <span className="likert__number" aria-hidden="true">
                  {choice.answer}
                </span>
              ) : null}
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
      {value === undefined ? (
        <span className="visually-hidden">{t('fillIn.notAnswered')}</span>
      ) : null}
    </fieldset>
  );
}
