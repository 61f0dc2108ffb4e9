// The sweep: walks every scope's sessions, one upstream call at a time through the upstream
// layer's rate limits, so the history is complete even when nobody asks. Whatever it lists goes
// to the recorder like any request's reads; a scope walked to its end then tells the store which
// of its sessions AWS no longer lists.
import { ALLOW_ALL } from '../auth/access.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { SessionKind } from '../loaders/records.js';
import type { SessionSink } from '../loaders/util.js';
import type { Discovery } from '../scopes/discovery.js';
import { SESSION_KINDS, sessionKind } from '../sources/registry.js';
import type { Upstream } from '../upstream/index.js';
import type { HistoryDb } from './database.js';
import { markVanished } from './maintenance.js';
import type { Recorder } from './recorder.js';

/** What a sweep read and changed, for the log and for tests. */
export interface SweepReport {
  scopesWalked: number;
  scopesFailed: number;
  sessionsSeen: number;
  markedEnded: number;
}

interface Parent {
  key: string;
  /** Reads one page of the parent's sessions; the loaders hand them to the recorder. */
  page(loaders: Loaders, nextToken: string | undefined): Promise<{ items: unknown[]; nextToken?: string | undefined }>;
}

const EVERY_SESSION = { phases: null, createdAfter: undefined, createdBefore: undefined };

/**
 * Every scope of a kind that can hold sessions: the feed's own streams, as the kind's source
 * declares them. A parent is the stream's key after its prefix (what the history's rows name).
 */
async function parentsOf(kind: SessionKind, discovery: Discovery, probe: Loaders): Promise<Parent[]> {
  const streamsWith = (loaders: Loaders) => sessionKind(kind).streams({ loaders, discovery }, EVERY_SESSION);
  return (await streamsWith(probe)).map(({ key }) => ({
    key: key.slice(key.indexOf('|') + 1),
    async page(loaders, nextToken) {
      const stream = (await streamsWith(loaders)).find((s) => s.key === key);
      return stream ? stream.fetchPage(nextToken, stream.pageSize) : { items: [] };
    },
  }));
}

export interface SweepDeps {
  db: HistoryDb;
  recorder: Recorder;
  upstream: Upstream;
  discovery: Discovery;
  /** The recorder's clock, so "seen since the walk started" compares like with like. */
  clock: () => number;
  signal: AbortSignal;
}

/** One sweep over every kind and scope. A scope whose walk fails is left as it was, to the next sweep. */
export async function sweepOnce({ db, recorder, upstream, discovery, clock, signal }: SweepDeps): Promise<SweepReport> {
  const report: SweepReport = { scopesWalked: 0, scopesFailed: 0, sessionsSeen: 0, markedEnded: 0 };
  const seen: SessionSink = (sessions) => {
    report.sessionsSeen += sessions.length;
    recorder.seen(sessions);
  };
  // Fresh answers (not the shared cache's), like a reload with Cache-Control: no-cache; new
  // loaders per scope, so a sweep holds one scope's pages at a time.
  const clients = upstream.forRequest({ refresh: true, signal });
  for (const { kind } of SESSION_KINDS) {
    if (signal.aborted) break;
    const startedAt = new Date(clock());
    let parents: Parent[];
    try {
      parents = await parentsOf(kind, discovery, createLoaders(clients, discovery, ALLOW_ALL));
    } catch {
      continue; // switched off, or discovery failed: nothing is known to have vanished
    }
    const walked: string[] = [];
    for (const parent of parents) {
      if (signal.aborted) break;
      try {
        const loaders = createLoaders(clients, discovery, ALLOW_ALL, seen);
        let nextToken: string | undefined;
        do nextToken = (await parent.page(loaders, nextToken)).nextToken;
        while (nextToken && !signal.aborted);
        if (!signal.aborted) walked.push(parent.key);
        report.scopesWalked += 1;
      } catch {
        report.scopesFailed += 1;
      }
    }
    // What was listed is written before anything is judged missing.
    await recorder.flush();
    if (signal.aborted) break;
    const complete = walked.length === parents.length;
    report.markedEnded += await markVanished(db, { kind, walked, allParents: complete ? parents.map((p) => p.key) : undefined }, startedAt, new Date(clock()));
  }
  return report;
}
