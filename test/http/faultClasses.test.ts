// Every fault class a network or an upstream can produce, for each source: the feed answers the
// other sources, names the failed one with a code, and leaks nothing internal.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/emulator/index.js';
import { SESSION_KINDS, SOURCES, sourceEnumValue, type Source } from '../../src/sources/registry.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const Feed = graphql(`
  query FaultClassFeed {
    sessions(first: 40) {
      incompleteSources { source code message }
      edges { node { kind } }
    }
  }
`);

/** The list one of each source's kinds reads (a new source fails to compile here until it is named). */
const LIST: Record<Source, string> = {
  deviceFarm: 'ListRemoteAccessSessions',
  nimble: 'ListStreamingSessions',
  codeCatalyst: 'ListDevEnvironmentSessions',
  systemsManager: 'DescribeSessions',
};
/** The kind that list holds: the source's first. */
const kindOf = (source: Source) => SESSION_KINDS.find((k) => k.source === source)!.kind;

const CLASSES: Array<[string, Omit<FaultRule, 'service' | 'operation'>, string | null]> = [
  ['throttle', { fault: 'throttle' }, 'UPSTREAM_THROTTLED'],
  ['5xx', { fault: 'unavailable' }, 'UPSTREAM_UNAVAILABLE'],
  ['access denied', { fault: 'accessDenied' }, 'UPSTREAM_ACCESS_DENIED'],
  // A scope that vanished since discovery has no sessions left: not a failure.
  ['not found', { fault: 'notFound' }, null],
  ['hang', { fault: 'hang' }, 'UPSTREAM_UNAVAILABLE'],
  ['reset', { fault: 'reset' }, 'UPSTREAM_UNAVAILABLE'],
  ['slow past the timeout', { fault: 'slow', ms: 2_000 }, 'UPSTREAM_UNAVAILABLE'],
  ['truncated JSON', { fault: 'truncated' }, 'UPSTREAM_ERROR'],
  ['wrong shape', { fault: 'wrongShape' }, 'UPSTREAM_ERROR'],
  ['an HTML error page', { fault: 'html' }, 'UPSTREAM_UNAVAILABLE'],
];

let h: Harness;
beforeAll(async () => {
  // A short per-attempt timeout, so hangs and slow answers fail within the test.
  h = await startHarness({ upstreamTimeoutMs: 400, emulator: { sessionsPerKind: 20 }, sources: [...SOURCES] });
  await h.query(Feed); // discovery, out of the way: only the session lists fail below
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

describe.each(SOURCES)('%s', (service) => {
  it.each(CLASSES)('%s → %s', async (_name, rule, code) => {
    h.emulator.addFault({ ...rule, service, operation: LIST[service] } as FaultRule);
    const res = await h.query(Feed);
    expect(res.status).toBe(200);
    const page = res.data!.sessions!;
    const kinds = new Set(page.edges.map((e) => e.node.kind));
    expect(kinds.has(kindOf(service) as never)).toBe(false);
    expect(kinds.size).toBeGreaterThanOrEqual(2);
    expect(page.incompleteSources.map(({ source, code }) => ({ source, code }))).toEqual(code ? [{ source: sourceEnumValue(service), code }] : []);
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/SyntaxError|TypeError|RangeError|is not a function|Unexpected token|stack/);
    for (const error of res.errors ?? []) expect(error.extensions).toMatchObject({ code, source: service });
  });
});
