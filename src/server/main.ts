/**
 * `npm run class`: the live class from one Node process on the lecturer's laptop. It serves the built deck and
 * the student view, and one WebSocket channel; prints the lecturer's link (this laptop only, with a fresh
 * token), the students' link on the LAN address, and that link as a QR code.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { newToken } from './auth';
import { commandLine, type ClassArgs } from './args';
import { createHub } from './hub';
import { handleHttp, roleOf, type Access } from './http';
import { lanAddresses, studentLink as linkFor, terminalQr, type StudentLink } from './links';
import { dayKeys, stateStore, today } from './store';
import { CHANNEL_PATH } from '../model/live';

export { commandLine } from './args';

export function runClass(argv: readonly string[]): void {
  const args = commandLine(argv);
  if (!args) return;
  const root = resolve(args.root);
  const day = today();
  const store = stateStore(resolve(args.stateDir), day);
  const loaded = store.load();
  if (loaded.problem) console.warn(loaded.problem);
  const keys = dayKeys(resolve(args.stateDir), day, newToken);
  const access: Access = {
    lecturerToken: keys.lecturerToken,
    remotes: keys.remotes,
    pairings: new Set(),
    paired: () => {
      keys.save();
    },
  };
  const hub = createHub(loaded.state, store);
  let students: StudentLink = { link: '', reach: 'no-network' };
  const info = () => ({ studentLink: students.link, studentReach: students.reach, ...hub.stats() });
  const server = createServer(handleHttp({ root, access, info }));
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://class.invalid').pathname;
    if (path !== `/${CHANNEL_PATH}`) {
      socket.destroy();
      return;
    }
    hub.upgrade(request, socket, head, roleOf(request, access));
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    explainListenError(error, args);
  });
  server.listen(args.port, args.host, () => {
    const { port } = server.address() as AddressInfo;
    students = linkFor(args.host, port, lanAddresses());
    console.log(`Class day ${loaded.state.day}: state in ${store.file}`);
    printLinks(args, port, access.lecturerToken, students);
  });
  // The state is written before the process goes: a restart reads back every mark and question.
  const stop = (): void => {
    hub.close();
    server.close(() => {
      process.exit();
    });
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function explainListenError(error: NodeJS.ErrnoException, args: ClassArgs): void {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${String(args.port)} is taken (another class server, or another program, listens on it).\nChoose another: npm run class -- --port ${String(args.port + 1)}   (or --port 0 for any free port)`,
    );
  } else if (error.code === 'EADDRNOTAVAIL') {
    console.error(`--host ${args.host}: this laptop has no such address. Use 0.0.0.0 (every network) or 127.0.0.1 (this laptop only).`);
  } else {
    console.error(`The class server could not start: ${error.message}`);
  }
  process.exitCode = 1;
}

/** The lecturer's link (this laptop only), and the students' link with its QR code when the network has one. */
function printLinks(args: ClassArgs, port: number, lecturerToken: string, students: StudentLink): void {
  const local = args.host === '0.0.0.0' || args.host === '::' ? '127.0.0.1' : args.host;
  console.log(`lecturer: http://${local}:${String(port)}/?token=${lecturerToken}`);
  console.log('  (open it on this laptop only: it makes this browser the lecturer; press S there for the speaker view)');
  if (students.reach === 'no-network') {
    console.log('students: this laptop has no network address students can reach (no Wi-Fi or cable connected).');
    console.log(`  Connect it to the class network and start again; until then only this laptop can open ${students.link}`);
  } else {
    console.log(`students: ${students.link}`);
    if (students.reach === 'this-laptop') console.log(`  (--host ${args.host}: only this laptop can open it)`);
    else console.log(terminalQr(students.link));
  }
}
