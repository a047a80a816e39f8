// Section entry: the read-only questionnaire pages.
export { QuestionnairesPage } from '../../features/questionnaires/QuestionnairesPage';
export { QuestionnairePage } from '../../features/questionnaires/QuestionnairePage';
