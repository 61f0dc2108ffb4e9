// History stores for tests: PGlite in memory, started from a data directory dump made once per
// machine (initdb in WebAssembly takes seconds; loading the dump takes far less), or a database
// on a real PostgreSQL (test/support/postgresServer.ts). Never a mock.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createHistory, type History, type HistoryOptions } from '../../src/history/index.js';

const VERSION = (JSON.parse(await readFile(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const TEMPLATE = join(tmpdir(), `session-gateway-pglite-${VERSION}.tar`);
let template: Promise<Blob> | undefined;

async function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    if (!existsSync(TEMPLATE)) {
      const lite = new PGlite();
      const dump = await lite.dumpDataDir('none');
      await lite.close();
      // Written aside and renamed, so a parallel worker never reads half a file.
      const partial = `${TEMPLATE}.${process.pid}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, TEMPLATE);
    }
    return new Blob([await readFile(TEMPLATE)]);
  })();
  return template;
}

export type StoreKind = 'pglite' | 'postgres';

/** A history in memory (PGlite), or on `databaseUrl` (a real PostgreSQL). No sweep timer: tests call `sweep()`. */
export async function testHistory(options: HistoryOptions & { databaseUrl?: string | undefined; retentionDays?: number } = {}): Promise<History> {
  const { databaseUrl, retentionDays = 36_500, ...rest } = options;
  return createHistory(
    databaseUrl ? { databaseUrl, dir: 'memory://', sweepSeconds: 0, retentionDays } : { dir: 'memory://', pgliteTemplate: await pgliteTemplate(), sweepSeconds: 0, retentionDays },
    { flushMs: 10, warn: (message) => console.warn(message), ...rest },
  );
}
