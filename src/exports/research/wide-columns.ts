import type { CategoryColumn, ResearchTable } from '../../domain/research';
import { snake } from './csv';

/** One column of the wide table (one row per result): its stable snake_case name, type and values. */
export type WideColumn = {
  name: string;
  type: 'string' | 'double' | 'integer';
  /** what the column holds, for the codebook */
  description: { nl: string; en: string };
  value: (row: number) => string | number | null;
};

const category = (column: CategoryColumn) => (row: number) =>
  column.values[column.codes[row] as number] ?? null;
const double = (column: Float64Array | undefined) => (row: number) => {
  const value = column?.[row];
  return value === undefined || Number.isNaN(value) ? null : value;
};

function questionnairePart(column: CategoryColumn, part: 'id' | 'version' | 'sha256') {
  return (row: number) => {
    const value = column.values[column.codes[row] as number] ?? '';
    const [key = '', sha256 = ''] = value.split('#');
    const at = key.lastIndexOf('@');
    return part === 'sha256' ? sha256 : part === 'id' ? key.slice(0, at) : key.slice(at + 1);
  };
}

const text = (nl: string, en: string) => ({ nl, en });

/** The wide table's columns, in order; the same for the CSV, the Parquet file and the codebook. */
export function wideColumns(table: ResearchTable): WideColumn[] {
  const q = table.questionnaire;
  const columns: WideColumn[] = [
    {
      name: 'result_id',
      type: 'string',
      description: text('Willekeurig id van het resultaat', 'Random id of the result'),
      value: (row) => table.resultIds[row] ?? null,
    },
    {
      name: 'pseudonym',
      type: 'string',
      description: text(
        'Pseudoniem van het collectief in deze studie (HMAC-SHA-256)',
        "The collective's pseudonym in this study (HMAC-SHA-256)",
      ),
      value: category(table.pseudonym),
    },
    {
      name: 'questionnaire_id',
      type: 'string',
      description: text('Vragenlijst', 'Questionnaire'),
      value: questionnairePart(q, 'id'),
    },
    {
      name: 'questionnaire_version',
      type: 'string',
      description: text('Versie van de vragenlijst', 'Questionnaire version'),
      value: questionnairePart(q, 'version'),
    },
    {
      name: 'questionnaire_sha256',
      type: 'string',
      description: text('SHA-256 van de vragenlijst', 'SHA-256 of the questionnaire'),
      value: questionnairePart(q, 'sha256'),
    },
    {
      name: 'scan_year',
      type: 'integer',
      description: text('Jaar van de scan', 'Year of the scan'),
      value: double(table.year),
    },
    {
      name: 'sector',
      type: 'string',
      description: text(
        'Sector (mogelijk gegeneraliseerd of onderdrukt)',
        'Sector (possibly generalised or suppressed)',
      ),
      value: category(table.sector),
    },
    {
      name: 'legal_form',
      type: 'string',
      description: text(
        'Rechtsvorm (mogelijk gegeneraliseerd of onderdrukt)',
        'Legal form (possibly generalised or suppressed)',
      ),
      value: category(table.legalForm),
    },
    {
      name: 'member_band',
      type: 'string',
      description: text('Aantal leden, als klasse', 'Number of members, as a band'),
      value: category(table.memberBand),
    },
    {
      name: 'province',
      type: 'string',
      description: text('Provincie of landsdeel', 'Province or region'),
      value: category(table.province),
    },
    {
      name: 'founding_decade',
      type: 'string',
      description: text('Decennium of periode van oprichting', 'Decade or period founded'),
      value: category(table.foundingDecade),
    },
    {
      name: 'k',
      type: 'integer',
      description: text('k van de anonimisering', 'k of the anonymisation'),
      value: (row) => table.k[row] ?? null,
    },
    {
      name: 'respondents',
      type: 'integer',
      description: text('Aantal deelnemers', 'Number of respondents'),
      value: (row) => table.respondents[row] ?? null,
    },
  ];
  for (const id of table.conditionIds) {
    const c = snake(id);
    const mean = double(table.means[id]);
    columns.push(
      {
        name: `${c}_mean`,
        type: 'double',
        description: text(
          `${id}: gemiddelde van het collectief (1–5)`,
          `${id}: collective mean (1–5)`,
        ),
        value: mean,
      },
      {
        name: `${c}_score`,
        type: 'double',
        description: text(`${id}: score 0–100`, `${id}: score 0–100`),
        value: (row) => {
          const m = mean(row);
          return m === null ? null : ((Number(m) - 1) / 4) * 100;
        },
      },
      {
        name: `${c}_membership`,
        type: 'double',
        description: text(`${id}: fuzzy lidmaatschap 0–1`, `${id}: fuzzy membership 0–1`),
        value: double(table.memberships[id]),
      },
      {
        name: `${c}_iqr`,
        type: 'double',
        description: text(
          `${id}: interkwartielafstand tussen deelnemers`,
          `${id}: interquartile range between respondents`,
        ),
        value: double(table.iqrs[id]),
      },
    );
  }
  for (const id of table.routeIds) {
    const r = snake(id);
    const fits = table.routeFits[id];
    columns.push(
      {
        name: `route_${r}_membership`,
        type: 'double',
        description: text(`Route ${id}: lidmaatschap`, `Route ${id}: membership`),
        value: double(table.routeMemberships[id]),
      },
      {
        name: `route_${r}_fits`,
        type: 'integer',
        description: text(`Route ${id}: past (1) of niet (0)`, `Route ${id}: fits (1) or not (0)`),
        value: (row) => fits?.[row] ?? null,
      },
    );
  }
  columns.push(
    {
      name: 'viability',
      type: 'double',
      description: text(
        'Levensvatbaarheid: hoogste lidmaatschap over de routes',
        'Viability: highest membership over the routes',
      ),
      value: double(table.viability),
    },
    {
      name: 'necessary_missing',
      type: 'integer',
      description: text(
        '1 als een noodzakelijke voorwaarde ontbreekt',
        '1 when a necessary condition is missing',
      ),
      value: (row) => table.necessaryMissing[row] ?? null,
    },
  );
  if (table.caseChoice)
    columns.push({
      name: 'cases',
      type: 'string',
      description: text(
        'Welke scan van een collectief de case is: latest (laatste), first (eerste) of all (elke scan); een resultaat zonder pseudoniem is altijd een eigen case',
        'Which scan of a collective is its case: latest, first or all (every scan); a result without a pseudonym is always its own case',
      ),
      value: () => table.caseChoice ?? null,
    });
  return columns;
}
