import { useTranslation } from 'react-i18next';
import type { CaseSelection } from '../../domain/research';

/** How the cases of a figure were chosen: printed with every figure and export. */
export function CasesNote({ cases }: { cases: CaseSelection }) {
  const { t } = useTranslation();
  return (
    <p className="muted research-cases-note">
      {t('researchScreen.cases.note', {
        choice: t(`researchScreen.cases.choice.${cases.choice}`),
        pseudonyms: t('researchScreen.cases.pseudonyms', { count: cases.pseudonyms }),
        without: t('researchScreen.cases.without', { count: cases.withoutPseudonym }),
        leftOut: t('researchScreen.cases.leftOut', { count: cases.scansLeftOut }),
      })}
    </p>
  );
}
