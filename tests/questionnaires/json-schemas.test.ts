// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/domain/json-schemas';
import { schemaFileText, schemasDir } from '../../scripts/write-schemas';

const hint = 'run npx tsx scripts/write-schemas.ts';
const schemas = jsonSchemas();

describe('the JSON Schemas in public/schemas/', () => {
  it.each(Object.keys(schemas))('%s is committed and up to date', (name) => {
    const path = join(schemasDir, name);
    expect(existsSync(path), `public/schemas/${name} is missing: ${hint}`).toBe(true);
    expect(readFileSync(path, 'utf8'), `public/schemas/${name} is out of date: ${hint}`).toBe(
      schemaFileText(schemas[name]!),
    );
  });

  it('holds no schema that is no longer generated', () => {
    const committed = readdirSync(schemasDir).filter((name) => name.endsWith('.json'));
    expect(committed.filter((name) => !(name in schemas)), hint).toEqual([]);
  });

  it('describes the questionnaire file as written, defaults optional', () => {
    const schema = schemas['ck-questionnaire.schema.json'] as {
      $schema: string;
      required: string[];
      properties: { formatVersion: { const: number }; items: { items: { oneOf: unknown[] } } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.formatVersion.const).toBe(1);
    expect(schema.properties.items.items.oneOf).toHaveLength(6);
    expect(schema.required).not.toContain('migratesFrom');
    const likert = schema.properties.items.items.oneOf[0] as { required: string[] };
    expect(likert.required).toEqual(['id', 'text', 'type']);
  });
});
