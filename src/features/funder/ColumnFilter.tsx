import { useTranslation } from 'react-i18next';
import type { Column } from './screening-table';

type Props = { column: Column; value: string; onChange: (value: string) => void };

/** The filter of one column: a choice, a minimum, or text to find. */
export function ColumnFilter({ column, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = t('funder.filterLabel', { column: column.header });
  if (column.kind === 'choice') {
    return (
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('funder.filterAll')}</option>
        {(column.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type="text"
      inputMode={column.kind === 'number' ? 'numeric' : undefined}
      aria-label={
        column.kind === 'number' ? t('funder.filterMinLabel', { column: column.header }) : label
      }
      placeholder={column.kind === 'number' ? '≥' : ''}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
