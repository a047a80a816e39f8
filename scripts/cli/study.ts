// `npm run selfscan -- study new --name <name> --out <study.json> [--k 5] [--share sector=1,province=1]
// [--app-url <address>] [--json]`: a new study invitation (ck-study) with a fresh 256-bit key, as a
// file and as the link to hand collectives (everything in the URL fragment).
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultK } from '../../src/domain/research/anonymise';
import { quasiIdentifierIds, topLevel } from '../../src/domain/research/quasi-identifiers';
import {
  buildStudyFile,
  encodeStudyCode,
  type StudyCollects,
} from '../../src/domain/research/study';
import { cliArgumentText } from '../../src/wording/cli-argument-text';

const usage =
  'Usage: npm run selfscan -- study new --name <name> --out <study.json> [--k 5] [--share sector=1,province=0] [--app-url <address>] [--json]';

/** Where `npm start` serves the app; a published app passes its own address with --app-url. */
const localAppUrl = 'http://127.0.0.1:4321/';

/** `sector=1,province=0` → levels per quasi-identifier; undefined when a part is not one. */
function parseShare(text: string | undefined): StudyCollects | undefined {
  const collects: StudyCollects = {};
  if (!text) return collects;
  for (const part of text.split(',')) {
    const [id, level] = part.split('=');
    const known = quasiIdentifierIds.find((q) => q === id);
    const value = Number(level);
    if (!known || !Number.isInteger(value) || value < 0 || value > topLevel(known))
      return undefined;
    collects[known] = value;
  }
  return collects;
}

/** The app address with the study in the fragment: `<app>#/research/join?s=<code>`. */
export function studyLink(appUrl: string, code: string): string {
  return `${appUrl.replace(/#.*$/, '')}#/research/join?s=${code}`;
}

/** Makes a study invitation; exit 0 when written, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        out: { type: 'string' },
        k: { type: 'string' },
        share: { type: 'string' },
        'app-url': { type: 'string' },
        json: { type: 'boolean' },
      },
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`study: ${cliArgumentText({ code: 'bad-option', detail })}\n${usage}`);
    return 2;
  }
  const k = Number(values.k ?? String(defaultK));
  const collects = parseShare(values.share);
  const name = values.name?.trim() ?? '';
  if (sub !== 'new' || name === '' || name.length > 120 || !values.out) {
    console.error(`study: ${cliArgumentText({ code: 'study-new-usage' })}\n${usage}`);
    return 2;
  }
  if (!Number.isInteger(k) || k < 1 || k > 1000 || !collects) {
    const levels = quasiIdentifierIds.map((id) => ({ id, top: topLevel(id) }));
    console.error(`study: ${cliArgumentText({ code: 'study-limits', levels })}\n${usage}`);
    return 2;
  }
  const study = buildStudyFile({
    name,
    k,
    collects,
    id: randomUUID(),
    keyBytes: new Uint8Array(randomBytes(32)),
    createdAt: new Date().toISOString(),
  });
  await writeFile(values.out, `${JSON.stringify(study, null, 2)}\n`, { mode: 0o600 });
  const link = studyLink(values['app-url'] ?? localAppUrl, encodeStudyCode(study));
  if (values.json) console.log(JSON.stringify({ file: values.out, id: study.id, link }, null, 2));
  else {
    console.log(
      `Study "${study.name}" written to ${values.out} (k = ${k}); keep the file: it holds the key.`,
    );
    console.log(`Link for the collectives (the key is in the fragment, which no server receives):`);
    console.log(link);
  }
  return 0;
}
