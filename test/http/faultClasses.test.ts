// Every fault class a network or an upstream can produce, for each source: the feed answers the
// other sources, names the failed one with a code, and leaks nothing internal.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRule, ServiceName } from '../../src/emulator/index.js';
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

/** The list each source's feed streams read. */
const LIST: Record<Exclude<ServiceName, 'systemsManager' | 'sts'>, string> = {
  deviceFarm: 'ListRemoteAccessSessions',
  nimble: 'ListStreamingSessions',
  codeCatalyst: 'ListDevEnvironmentSessions',
};
const KIND: Record<Exclude<ServiceName, 'systemsManager' | 'sts'>, string> = { deviceFarm: 'REMOTE_ACCESS', nimble: 'STREAMING', codeCatalyst: 'DEV_ENVIRONMENT' };
const ENUM: Record<Exclude<ServiceName, 'systemsManager' | 'sts'>, string> = { deviceFarm: 'DEVICE_FARM', nimble: 'NIMBLE', codeCatalyst: 'CODE_CATALYST' };

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
  h = await startHarness({ upstreamTimeoutMs: 400, emulator: { sessionsPerKind: 20 } });
  await h.query(Feed); // discovery, out of the way: only the session lists fail below
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

describe.each(['deviceFarm', 'nimble', 'codeCatalyst'] as const)('%s', (service) => {
  it.each(CLASSES)('%s → %s', async (_name, rule, code) => {
    h.emulator.addFault({ ...rule, service, operation: LIST[service] } as FaultRule);
    const res = await h.query(Feed);
    expect(res.status).toBe(200);
    const page = res.data!.sessions!;
    const kinds = new Set(page.edges.map((e) => e.node.kind));
    expect(kinds.has(KIND[service] as never)).toBe(false);
    expect(kinds.size).toBeGreaterThanOrEqual(2);
    expect(page.incompleteSources.map(({ source, code }) => ({ source, code }))).toEqual(code ? [{ source: ENUM[service], code }] : []);
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/SyntaxError|TypeError|RangeError|is not a function|Unexpected token|stack/);
    for (const error of res.errors ?? []) expect(error.extensions).toMatchObject({ code, source: service });
  });
});
