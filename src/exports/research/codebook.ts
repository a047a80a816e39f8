import type { RegistryEntry } from '../../domain/questionnaire/registry';
import type { ResearchTable } from '../../domain/research';
import { snake } from './csv';
import { itemMetaById, type ItemMeta } from './item-meta';
import { longColumnsOf, type longColumnNames } from './long-csv';
import { wideColumns } from './wide-columns';

type Text = { nl: string; en: string };
export type CodebookColumn = {
  name: string;
  type: 'string' | 'double' | 'integer';
  description: Text;
};
export type CodebookItem = {
  item_id: string;
  condition: string | null;
  text: Text;
  scale: string;
  reverse: boolean;
  questionnaire: string;
  sha256: string;
};
export type Codebook = {
  tables: Record<'wide' | 'long' | 'memberships' | 'truth_table', CodebookColumn[]>;
  items: CodebookItem[];
  questionnaires: { id: string; version: string; sha256: string }[];
};

const t = (nl: string, en: string) => ({ nl, en });
const scale = (item: ItemMeta) =>
  item.kind === 'likert'
    ? '1-5 (1 = fully disagree, 5 = fully agree; empty = do not know)'
    : 'yes | partly | no (empty = do not know)';

const longDescriptions: Record<(typeof longColumnNames)[number] | 'cases', CodebookColumn> = {
  result_id: {
    name: 'result_id',
    type: 'string',
    description: t('Id van het resultaat (zie brede tabel)', 'Result id (see the wide table)'),
  },
  pseudonym: {
    name: 'pseudonym',
    type: 'string',
    description: t('Pseudoniem van het collectief', "The collective's pseudonym"),
  },
  respondent_id: {
    name: 'respondent_id',
    type: 'string',
    description: t('Willekeurig id van de deelnemer', 'Random id of the respondent'),
  },
  item_id: {
    name: 'item_id',
    type: 'string',
    description: t('Vraag (zie items)', 'Item (see items)'),
  },
  condition: {
    name: 'condition',
    type: 'string',
    description: t(
      'Voorwaarde van de vraag; leeg bij kenmerken',
      "The item's condition; empty for traits",
    ),
  },
  reverse: {
    name: 'reverse',
    type: 'integer',
    description: t('1 als de vraag omgekeerd telt', '1 when the item is reverse-scored'),
  },
  answer: {
    name: 'answer',
    type: 'string',
    description: t(
      'Antwoord zoals gegeven; leeg = weet ik niet',
      'Answer as given; empty = do not know',
    ),
  },
  scored: {
    name: 'scored',
    type: 'double',
    description: t(
      'Telt als (6 − antwoord bij omgekeerde vragen)',
      'Counts as (6 − answer for reversed items)',
    ),
  },
  cases: {
    name: 'cases',
    type: 'string',
    description: t(
      'Welke scan van een collectief de case is: latest (laatste), first (eerste) of all (elke scan)',
      'Which scan of a collective is its case: latest, first or all (every scan)',
    ),
  },
};

/** The codebook of every export of a batch: each table's columns, each item with its texts and scale. */
export function buildCodebook(table: ResearchTable, entries: readonly RegistryEntry[]): Codebook {
  const conditions = table.conditionIds.map((id) => ({
    name: snake(id),
    type: 'double' as const,
    description: t(`Lidmaatschap ${id} (0–1)`, `Membership ${id} (0–1)`),
  }));
  const items = [...itemMetaById(entries).values()].map((item) => ({
    item_id: item.itemId,
    condition: item.condition,
    text: item.text,
    scale: scale(item),
    reverse: item.reverse,
    questionnaire: item.questionnaire,
    sha256: item.sha256,
  }));
  return {
    tables: {
      wide: wideColumns(table).map(({ name, type, description }) => ({ name, type, description })),
      long: longColumnsOf(table).map(
        (name) => longDescriptions[name as keyof typeof longDescriptions],
      ),
      memberships: [
        { name: 'case_id', type: 'string', description: t('Id van het resultaat', 'Result id') },
        { name: 'pseudonym', type: 'string', description: t('Pseudoniem', 'Pseudonym') },
        ...conditions,
        { name: 'outcome', type: 'double', description: t('Uitkomst (0–1)', 'Outcome (0–1)') },
      ],
      truth_table: [
        ...conditions.map((c) => ({
          ...c,
          type: 'integer' as const,
          description: t(
            `${c.name}: 1 = in de set, 0 = erbuiten`,
            `${c.name}: 1 = in the set, 0 = out`,
          ),
        })),
        {
          name: 'n',
          type: 'integer',
          description: t(
            'Gevallen in deze rij (lidmaatschap > 0,5)',
            'Cases in this row (membership > 0.5)',
          ),
        },
        { name: 'raw_consistency', type: 'double', description: t('Σmin(X,Y)/ΣX', 'Σmin(X,Y)/ΣX') },
        {
          name: 'pri_consistency',
          type: 'double',
          description: t('PRI-consistentie', 'PRI consistency'),
        },
        {
          name: 'outcome',
          type: 'integer',
          description: t(
            '1/0 volgens de drempel; leeg = rest',
            '1/0 by the cut-off; empty = remainder',
          ),
        },
        {
          name: 'frequency_cutoff',
          type: 'integer',
          description: t('Frequentiedrempel', 'Frequency cut-off'),
        },
        {
          name: 'consistency_cutoff',
          type: 'double',
          description: t('Consistentiedrempel', 'Consistency cut-off'),
        },
        { name: 'outcome_variable', type: 'string', description: t('De uitkomst', 'The outcome') },
      ],
    },
    items,
    questionnaires: entries.map(({ ref }) => ({
      id: ref.id,
      version: ref.version,
      sha256: ref.sha256,
    })),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The codebook as Markdown: one table per export, then the items. */
export function codebookMarkdown(codebook: Codebook): string {
  const lines = ['# Codebook', ''];
  for (const [name, columns] of Object.entries(codebook.tables)) {
    lines.push(
      `## ${name}`,
      '',
      '| column | type | description (en) | omschrijving (nl) |',
      '|---|---|---|---|',
    );
    for (const c of columns)
      lines.push(
        `| ${c.name} | ${c.type} | ${cell(c.description.en)} | ${cell(c.description.nl)} |`,
      );
    lines.push('');
  }
  lines.push(
    '## items',
    '',
    '| item_id | condition | reverse | scale | questionnaire | sha256 | text (en) | tekst (nl) |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const i of codebook.items) {
    lines.push(
      `| ${i.item_id} | ${i.condition ?? ''} | ${i.reverse ? 1 : 0} | ${cell(i.scale)} | ${i.questionnaire} | ${i.sha256} | ${cell(i.text.en)} | ${cell(i.text.nl)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
