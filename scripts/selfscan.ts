// The command line: `npm run selfscan -- <command> [args]`. Each command lives in scripts/cli/<command>.ts
// and exports `run(args: string[]): Promise<number>` returning the exit code.
type Command = { run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  validate: () => import('./cli/validate'),
  score: () => import('./cli/score'),
  verify: () => import('./cli/verify'),
  aggregate: () => import('./cli/aggregate'),
  anonymise: () => import('./cli/anonymise'),
  report: () => import('./cli/report'),
  screen: () => import('./cli/screen'),
  questionnaire: () => import('./cli/questionnaire'),
  study: () => import('./cli/study'),
};

function usage(): string {
  return [
    'Usage: npm run selfscan -- <command> [options]',
    '',
    'Commands:',
    ...Object.keys(commands).map((name) => `  ${name}`),
    '',
    'Add --json for machine-readable output where a command supports it.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    // the words load only when needed: every command starts without them
    const { cliArgumentText } = await import('../src/wording/cli-argument-text');
    console.error(`selfscan: ${cliArgumentText({ code: 'unknown-command', name })}\n\n${usage()}`);
    return 2;
  }
  const command = await load();
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    // no internal error text for the person at the terminal; SELFSCAN_DEBUG=1 shows it
    const { cliArgumentText } = await import('../src/wording/cli-argument-text');
    console.error(`selfscan: ${cliArgumentText({ code: 'unexpected-error' })}`);
    if (process.env.SELFSCAN_DEBUG) console.error(error);
    process.exitCode = 1;
  },
);
