// The live class's fan-out on loopback: a slide change from the lecturer's connection to 50, 300 and 1,000
// simulated students (ws clients in this process), then a reconnect storm of 300 after a server restart.
// Run alone with `node scripts/bench/fanout.mjs` (after `npm run build`), or as part of `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { allVerdict, row } from './figures.mjs';
import { fixed, quantile, table } from './stats.mjs';

const SIZES = [50, 300, 1000];
const CHANGES = 20;
const STORM = 300;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {{ port: number, stateDir: string }} options @returns {Promise<{ child: import('node:child_process').ChildProcess, port: number, token: string }>} */
function startServer({ port, stateDir }) {
  const child = spawn(
    process.execPath,
    ['scripts/class.mjs', '--no-build', '--host', '127.0.0.1', '--port', String(port), '--state-dir', stateDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const m = /lecturer: http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/.exec(out);
      if (m && out.includes('students:')) resolve({ child, port: Number(m[1]), token: m[2] ?? '' });
    });
    child.once('exit', (code) => reject(new Error(`class server exited (${String(code)}): ${out}`)));
  });
}

/** @param {import('node:child_process').ChildProcess} child */
const stopServer = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** Resident memory and CPU seconds of a process, from /proc (Linux). @param {number} pid */
function usage(pid) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'))?.[1] ?? NaN) * 1024;
  const fields =
    readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
  return { rss, cpu };
}

/**
 * A simulated student: connects, says hello, records when each position arrives; reconnects on its own with
 * the browser's backoff when `reconnect` is set.
 * @param {string} url @param {number} i @param {(h: number, at: number) => void} onPosition @param {boolean} reconnect
 */
function student(url, i, onPosition, reconnect) {
  /** @type {{ ws?: WebSocket, closed: boolean, ready: Promise<void> }} */
  const self = { closed: false, ready: Promise.resolve() };
  let attempt = 0;
  const connect = () =>
    new Promise((resolve) => {
      const ws = new WebSocket(url);
      self.ws = ws;
      ws.on('open', () => {
        attempt = 0;
        ws.send(JSON.stringify({ kind: 'hello', device: `bench-${String(i).padStart(6, '0')}` }));
      });
      ws.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.kind === 'state') resolve(undefined);
        if ((message.kind === 'state' || message.kind === 'position') && message.position)
          onPosition(message.position.h, performance.now());
      });
      ws.on('error', () => {});
      ws.on('close', () => {
        if (self.closed || !reconnect) return;
        const wait = Math.min(8000, 400 * 2 ** attempt++) * (2 / 3 + (2 / 3) * Math.random());
        setTimeout(() => void connect(), wait);
      });
    });
  self.ready = connect();
  return self;
}

async function fanout() {
  const stateDir = mkdtempSync(join(tmpdir(), 'class-bench-'));
  const rows = [];
  /** @type {Record<string, unknown>} */
  const results = {};
  for (const size of SIZES) {
    const server = await startServer({ port: 0, stateDir });
    const url = `ws://127.0.0.1:${String(server.port)}/live`;
    const lecturer = new WebSocket(url, { headers: { Cookie: `class-lecturer=${server.token}` } });
    await new Promise((resolve) => lecturer.once('open', resolve));
    await sleep(200);
    const before = usage(server.child.pid ?? 0);
    /** @type {Map<number, number>} */
    const sent = new Map();
    /** @type {number[]} */
    const delays = [];
    let received = 0;
    const clients = Array.from({ length: size }, (_, i) =>
      student(
        url,
        i,
        (h, at) => {
          const from = sent.get(h);
          if (from === undefined) return;
          received++;
          delays.push(at - from);
        },
        false,
      ),
    );
    await Promise.all(clients.map((c) => c.ready));
    await sleep(300);
    const connected = usage(server.child.pid ?? 0);
    for (let n = 1; n <= CHANGES; n++) {
      const h = 1000 + n;
      sent.set(h, performance.now());
      lecturer.send(JSON.stringify({ kind: 'go', position: { h, v: 0, f: -1 } }));
      await sleep(150);
    }
    await sleep(500);
    const after = usage(server.child.pid ?? 0);
    const lost = size * CHANGES - received;
    const perConnection = (connected.rss - before.rss) / size;
    const row = {
      p50: quantile(delays, 0.5),
      p95: quantile(delays, 0.95),
      max: Math.max(...delays),
      lost,
      kbPerConnection: perConnection / 1024,
      cpuSeconds: after.cpu - connected.cpu,
    };
    results[String(size)] = row;
    rows.push([
      String(size),
      fixed(row.p50),
      fixed(row.p95),
      fixed(row.max),
      String(lost),
      fixed(row.kbPerConnection),
      fixed(row.cpuSeconds, 2),
    ]);
    for (const c of clients) {
      c.closed = true;
      c.ws?.terminate();
    }
    lecturer.terminate();
    await stopServer(server.child);
  }
  console.log(`\nLive class fan-out on 127.0.0.1: ${String(CHANGES)} slide changes to N students (ws clients in one process)`);
  table(['students', 'p50 ms', 'p95 ms', 'max ms', 'lost', 'server KB/conn', 'server CPU s'], rows);
  const p95 = /** @type {{ p95: number }} */ (results['300']).p95;
  console.log(`budget: p95 < 100 ms for 300 students (${p95 < 100 ? 'ok' : 'OVER'}); lost must be 0`);

  // The storm: 300 connected, the server restarts, all reconnect with backoff and land on the current slide.
  let server = await startServer({ port: 0, stateDir });
  const port = server.port;
  const url = `ws://127.0.0.1:${String(port)}/live`;
  const lecturer = new WebSocket(url, { headers: { Cookie: `class-lecturer=${server.token}` } });
  await new Promise((resolve) => lecturer.once('open', resolve));
  lecturer.send(JSON.stringify({ kind: 'go', position: { h: 4242, v: 0, f: 2 } }));
  await sleep(300);
  /** @type {Map<number, number>} */
  const back = new Map();
  let restartedAt = Infinity;
  const clients = Array.from({ length: STORM }, (_, i) =>
    student(
      url,
      i,
      (h, at) => {
        if (h === 4242 && at > restartedAt && !back.has(i)) back.set(i, at - restartedAt);
      },
      true,
    ),
  );
  await Promise.all(clients.map((c) => c.ready));
  lecturer.terminate();
  await stopServer(server.child);
  restartedAt = performance.now();
  server = await startServer({ port, stateDir });
  const deadline = performance.now() + 15_000;
  while (back.size < STORM && performance.now() < deadline) await sleep(100);
  const times = [...back.values()];
  const all = Math.max(...times);
  console.log(
    `reconnect storm: ${String(back.size)}/${String(STORM)} back on the right slide after a restart, the last after ${fixed(all / 1000, 2)} s (median ${fixed(quantile(times, 0.5) / 1000, 2)} s); budget: all within 10 s (${back.size === STORM && all < 10_000 ? 'ok' : 'OVER'})`,
  );
  results.storm = { clients: STORM, back: back.size, lastMs: all, medianMs: quantile(times, 0.5) };
  for (const c of clients) {
    c.closed = true;
    c.ws?.terminate();
  }
  await stopServer(server.child);
  return results;
}

/**
 * The server's resident memory per student: it can fall while a few connect (a collection), which is no figure.
 * @param {number} kb
 */
const perConnection = (kb) => (kb > 0 ? `${fixed(kb)} KB per connection` : 'resident memory did not grow (a collection ran)');

/**
 * The README's rows: one per class size (budget: p95 under 100 ms with 300 students, none lost), and the storm.
 * @param {Record<string, any>} results
 */
function rows(results) {
  const sizes = SIZES.filter((size) => results[String(size)]);
  const storm = results.storm;
  return [
    ...sizes.map((size) => {
      const r = results[String(size)];
      const held = size === 300;
      const sent = size * CHANGES;
      return row(
        `live class fan-out, ${String(size)} students on loopback: slide change to every student, ${String(CHANGES)} changes`,
        `p50 ${fixed(r.p50)} ms, p95 ${fixed(r.p95)} ms, max ${fixed(r.max)} ms; ${String(r.lost)} lost; ${perConnection(r.kbPerConnection)}`,
        '',
        held ? 'p95 < 100 ms, 0 lost' : '0 lost',
        held
          ? `${r.lost === 0 && r.p95 < 100 ? 'met' : 'over'} (p95 ${fixed(r.p95 / 100, 2)}x; ${String(sent - r.lost)}/${String(sent)} delivered)`
          : allVerdict(sent - r.lost, sent, 'delivered'),
      );
    }),
    ...(storm
      ? [
          row(
            `live class: ${String(storm.clients)} students reconnect after a server restart`,
            `${String(storm.back)}/${String(storm.clients)} back on the right slide, the last after ${fixed(storm.lastMs / 1000, 2)} s`,
            '',
            'all within 10 s',
            `${storm.back === storm.clients && storm.lastMs < 10_000 ? 'met' : 'over'} (${fixed(storm.lastMs / 10_000, 2)}x; ${String(storm.back)}/${String(storm.clients)} back)`,
          ),
        ]
      : []),
  ];
}

export default { name: 'fanout', run: fanout, rows };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await fanout();
