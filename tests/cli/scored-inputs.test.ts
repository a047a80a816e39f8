// @vitest-environment node
// `selfscan score` on response files holds them to the app's own import checks (planResponseImport)
// and words each refusal through src/wording.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreInputs } from '../../scripts/lib/scored-inputs';
import { testRegistry } from '../support/questionnaires';

const corpusResponse = join(import.meta.dirname, '..', 'fixtures', 'bad', 'bom.response.json');
const response = JSON.parse(readFileSync(corpusResponse, 'utf8').replace(/^\uFEFF/, '')) as Record<
  string,
  unknown
>;
const scratch = mkdtempSync(join(tmpdir(), 'scored-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, changes: Record<string, unknown> = {}): string {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify({ ...response, ...changes }));
  return path;
}

describe('scoreInputs on response files', () => {
  it('scores one scan of distinct respondents', async () => {
    const files = [write('a.json'), write('b.json', { respondentId: 'other' })];
    const { units, errors } = await scoreInputs({ files, registry: await testRegistry() });
    expect(errors).toEqual([]);
    expect(units).toMatchObject([{ kind: 'responses', respondents: 2 }]);
  });

  it('refuses the same respondent twice, naming the earlier file', async () => {
    const first = write('one.json');
    const second = write('two.json');
    const { units, errors } = await scoreInputs({
      files: [first, second],
      registry: await testRegistry(),
    });
    expect(units).toEqual([]);
    expect(errors).toEqual([{ file: second, message: `holds the same respondent as ${first}` }]);
  });

  it('refuses answers that do not fit the questionnaire', async () => {
    const file = write('off.json', { answers: { 'not-an-item': 3 } });
    const { errors } = await scoreInputs({ files: [file], registry: await testRegistry() });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('"not-an-item", which is not an item of');
  });
});
