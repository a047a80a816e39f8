import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { screenStatuses } from '../../domain/screening/screen-status';
import { useFormatNumber } from '../../ui/useFormatNumber';
import type { Column, TableRow } from './screening-table';
import type { ScreeningVocabulary } from './useScreeningVocabulary';

/** The columns of the screening table, worded in the UI language; one score column per condition. */
export function useScreeningColumns({
  conditions,
  vocabulary,
}: {
  conditions: readonly string[];
  vocabulary: ScreeningVocabulary;
}): Column[] {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return useMemo(() => {
    const number = (value: number | null | undefined, empty: string) =>
      value === null || value === undefined ? empty : formatNumber(value);
    const profile = (id: 'sector' | 'legalForm' | 'province'): Column => ({
      id,
      header: t(`funder.columns.${id}`),
      kind: 'choice',
      value: (r) => r.row[id],
      text: (r) => vocabulary.optionLabel(id, r.row[id]),
      options: vocabulary.options(id),
    });
    const yesNo = (value: boolean | null) =>
      value === null ? '' : value ? t('funder.yes') : t('funder.no');
    const route = (r: TableRow) =>
      r.row.routeFit === null
        ? ''
        : r.row.routeFit.length === 0
          ? 'none'
          : r.row.routeFit.join('+');
    const routeText = (value: string) =>
      value === 'none' ? t('funder.routeNone') : value.replace('+', ' + ');
    return [
      {
        id: 'collective',
        header: t('funder.columns.collective'),
        kind: 'text',
        value: (r) => r.row.collective,
        text: (r) => r.row.collective ?? t('funder.noName'),
      },
      profile('sector'),
      profile('legalForm'),
      {
        id: 'municipality',
        header: t('funder.columns.municipality'),
        kind: 'text',
        value: (r) => r.row.municipality,
        text: (r) => r.row.municipality ?? '',
      },
      profile('province'),
      {
        id: 'scanDate',
        header: t('funder.columns.scanDate'),
        kind: 'text',
        value: (r) => r.row.scanDate,
        text: (r) => r.row.scanDate ?? '',
      },
      {
        id: 'respondents',
        header: t('funder.columns.respondents'),
        kind: 'number',
        value: (r) => r.row.respondents,
        text: (r) => number(r.row.respondents, ''),
      },
      ...conditions.map((id): Column => ({
        id: `score:${id}`,
        header: vocabulary.conditionTitle(id),
        kind: 'number',
        value: (r) => r.row.scores[id] ?? null,
        text: (r) => number(r.row.scores[id], '–'),
      })),
      {
        id: 'routeFit',
        header: t('funder.columns.routeFit'),
        kind: 'choice',
        value: route,
        text: (r) => routeText(route(r)),
        options: ['A', 'B', 'A+B', 'none'].map((value) => ({ value, label: routeText(value) })),
      },
      {
        id: 'necessaryMet',
        header: t('funder.columns.necessaryMet'),
        kind: 'choice',
        value: (r) => yesNo(r.row.necessaryMet),
        text: (r) => yesNo(r.row.necessaryMet),
        options: [t('funder.yes'), t('funder.no')].map((value) => ({ value, label: value })),
      },
      {
        id: 'status',
        header: t('funder.columns.status'),
        kind: 'choice',
        value: (r) => r.row.status,
        text: (r) => t(`screeningReasons.status.${r.row.status}`),
        options: screenStatuses.map((value) => ({
          value,
          label: t(`screeningReasons.status.${value}`),
        })),
      },
      {
        id: 'passes',
        header: t('funder.columns.passes'),
        kind: 'choice',
        value: (r) => (r.outcome.passes ? 'pass' : 'fail'),
        text: (r) => (r.outcome.passes ? t('funder.pass') : t('funder.fail')),
        options: ['pass', 'fail'].map((value) => ({ value, label: t(`funder.${value}`) })),
      },
    ];
  }, [conditions, vocabulary, t, formatNumber]);
}
