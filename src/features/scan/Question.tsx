import type { AnswerValue, Item, Questionnaire } from '../../domain/questionnaire/schema';
import { ChoiceQuestion } from './ChoiceQuestion';
import { LikertQuestion } from './LikertQuestion';
import { OpenQuestion } from './OpenQuestion';

type Props = {
  item: Item;
  questionnaire: Questionnaire;
  value: AnswerValue | undefined;
  isReadOnly: boolean;
  onAnswer: (value: AnswerValue | undefined) => void;
};

/** Renders an item by its type. */
export function Question({ item, questionnaire, value, isReadOnly, onAnswer }: Props) {
  switch (item.type) {
    case 'likert5':
      return (
        <LikertQuestion
          item={item}
          scale={questionnaire.scale}
          value={value}
          isReadOnly={isReadOnly}
          onAnswer={onAnswer}
        />
      );
    case 'single-choice':
    case 'multi-choice':
      return (
        <ChoiceQuestion item={item} value={value} isReadOnly={isReadOnly} onAnswer={onAnswer} />
      );
    default:
      return <OpenQuestion item={item} value={value} isReadOnly={isReadOnly} onAnswer={onAnswer} />;
  }
}
