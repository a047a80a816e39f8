// `npx tsx scripts/write-schemas.ts`: writes the JSON Schemas of our file formats to public/schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/domain/json-schemas';

/** The committed form of a schema file: two-space JSON with a final newline. */
export function schemaFileText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Where the schemas are published, served as they are by the app. */
export const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'schemas');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(schemasDir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(schemasDir, name), schemaFileText(schema));
    console.log(`wrote public/schemas/${name}`);
  }
}
