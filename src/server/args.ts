import { parseArgs } from 'node:util';

export interface ClassArgs {
  readonly port: number;
  readonly host: string;
  readonly stateDir: string;
  readonly root: string;
}

export const USAGE = `npm run class [-- --port 8090] [--host 0.0.0.0] [--state-dir class-state] [--no-build] [--help]
  --port       the port to listen on (0: any free one); default 8090
  --host       the address to listen on; 0.0.0.0 (default) lets students' devices on the LAN in, 127.0.0.1 only this laptop
  --state-dir  where the class state of each day is kept; default class-state/
  --no-build   serve dist/ as it is, without building it first when the slides changed
  --help       print this and exit`;

/** The command line, or a message saying what is wrong with it. */
export function readArgs(argv: readonly string[]): ClassArgs | { error: string } | { help: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '8090' },
        host: { type: 'string', default: '0.0.0.0' },
        'state-dir': { type: 'string', default: 'class-state' },
        root: { type: 'string', default: 'dist' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) return { help: USAGE };
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      return { error: `--port ${values.port}: a port is a whole number from 0 to 65535` };
    return { port, host: values.host, stateDir: values['state-dir'], root: values.root };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The command line to start a class with; undefined when it has been answered instead: `--help` prints the usage
 * (exit 0), a wrong option says what is wrong and prints it (exit 2). scripts/class.mjs asks before it builds the
 * deck, so neither waits for a build.
 */
export function commandLine(argv: readonly string[]): ClassArgs | undefined {
  const args = readArgs(argv);
  if ('help' in args) {
    console.log(args.help);
    process.exitCode = 0;
    return undefined;
  }
  if ('error' in args) {
    console.error(`${args.error}\n\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
  return args;
}
