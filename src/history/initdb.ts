// A new embedded store's initdb, in a child process. PGlite's WebAssembly memory grows with what
// it does and never shrinks, and initdb is the most it ever does: measured, a first start in the
// gateway's own process left it at 790 MB of RSS, against 300 MB when a child process created the
// database and exited (its memory went back to the system) and the gateway then opened it; a
// worker thread kept about 100 MB of it. Later starts find the database and skip this.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether `dir` holds a database (initdb writes PG_VERSION first of all). */
export const hasDatabase = (dir: string): boolean => existsSync(join(dir, 'PG_VERSION'));

/** Creates the database in `dir` with PGlite, in a child process; rejects with PGlite's own first line. */
export async function initdbApart(dir: string, options: Record<string, unknown>): Promise<void> {
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href;
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)});
    const lite = await PGlite.create(${JSON.stringify(dir)}, ${JSON.stringify(options)});
    await lite.close();`;
  const child = spawn(process.execPath, ['--input-type=module', '--eval', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2_000)));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve([c, s]));
  });
  if (code !== 0) {
    const line = stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr.split('\n')[0] ?? '';
    throw new Error(`creating the database in ${dir} failed (${signal ?? `exit ${code}`}${line ? `: ${line.trim().slice(0, 200)}` : ''})`);
  }
}
