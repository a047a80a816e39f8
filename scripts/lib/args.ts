// Shared option parsing for the selfscan commands: positional files, --json, --questionnaires <dir>.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { questionnairesDir } from './load-questionnaires';

export type CommandArgs = { files: string[]; json: boolean; questionnaires: string };

export type ParsedArgs = { ok: true; args: CommandArgs } | { ok: false; message: string };

/** Parses a command's arguments; unknown options and a missing file list are errors. */
export function parseCommandArgs(args: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, questionnaires: { type: 'string' } },
    });
    if (positionals.length === 0) return { ok: false, message: 'no files given' };
    return {
      ok: true,
      args: {
        files: positionals,
        json: values.json ?? false,
        questionnaires:
          values.questionnaires === undefined ? questionnairesDir : resolve(values.questionnaires),
      },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
