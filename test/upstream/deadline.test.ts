// Work nobody waits for stops: deadlines, disconnects and open circuits, read off the emulator's log.
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const Streaming = graphql(`
  query DeadlineStreaming {
    sessions(first: 10, filter: { kinds: [STREAMING] }) {
      incompleteSources { source code message }
      edges { node { id } }
    }
  }
`);

const Everything = graphql(`
  query DeadlineEverything {
    sessions(first: 30) {
      incompleteSources { source code }
      edges { node { kind } }
    }
  }
`);

const NotStreaming = graphql(`
  query DeadlineNotStreaming {
    sessions(first: 30, filter: { kinds: [REMOTE_ACCESS, TEST_GRID, DEV_ENVIRONMENT] }) { edges { node { kind } } }
  }
`);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Requests the emulator held open until the gateway hung up (a hang ends only that way). */
const hungUp = (h: Harness) => h.emulator.requests.filter((r) => r.operation === 'ListStreamingSessions' && r.status === 0);

describe('a request deadline', () => {
  it('answers the other sources at the deadline and hangs up on the slow one', async () => {
    // The SDK's own timeout is far away: only the deadline can end these calls.
    // Pages cached, whole responses not (the same query is asked again).
    h = await startHarness({ requestDeadlineMs: 2_000, upstreamTimeoutMs: 60_000, cacheTtlMs: 60_000, gateway: { responseCache: false } });
    await h.query(Everything); // discovery, out of the way
    // Every page but Nimble's comes from the cache, so only Nimble can miss the deadline.
    h.upstream.cache.clear();
    await h.query(NotStreaming);
    h.emulator.clearRequests();
    h.emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'hang' });

    const res = await h.query(Everything);
    const page = res.data!.sessions!;
    expect(page.incompleteSources).toEqual([{ source: 'NIMBLE', code: 'DEADLINE_EXCEEDED' }]);
    expect(new Set(page.edges.map((e) => e.node.kind))).toEqual(new Set(['REMOTE_ACCESS', 'TEST_GRID', 'DEV_ENVIRONMENT']));
    expect(res.errors![0]!.message).toMatch(/deadline passed before Nimble Studio ListStreamingSessions answered/);

    // Every hung call was closed by the gateway, once: no retry went out after the deadline.
    const streams = h.emulator.data.nimble.studios.filter((s) => !['DELETED', 'CREATE_FAILED'].includes(s.state ?? '')).length;
    await vi.waitFor(() => expect(hungUp(h!)).toHaveLength(streams), { timeout: 15_000, interval: 50 });
    await sleep(300);
    expect(hungUp(h).length).toBe(streams);
  });
});

describe('a client that goes away', () => {
  it('takes its upstream calls with it', async () => {
    h = await startHarness({ requestDeadlineMs: 60_000, upstreamTimeoutMs: 60_000 });
    await h.query(Streaming);
    h.emulator.clearRequests();
    h.emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'hang' });
    const held = h.emulator.hold({ service: 'nimble', operation: 'ListStreamingSessions' });

    const client = new AbortController();
    const request = fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(Streaming) }),
      signal: client.signal,
    }).catch(() => 'aborted');
    await held.arrived; // the calls are out (held, then hanging)
    client.abort();
    expect(await request).toBe('aborted');
    held.release(); // on to the hang: only the gateway hanging up can end them now
    // Nothing else could close them for a minute.
    await vi.waitFor(() => expect(hungUp(h!).length).toBeGreaterThan(0), { timeout: 15_000, interval: 50 });
    expect(h.emulator.requests.every((r) => r.status === 0)).toBe(true);
  });
});

describe('a circuit breaker per source', () => {
  it('stops calling a source that keeps failing, answers at once, and closes again once it recovers', async () => {
    h = await startHarness({ breaker: { failures: 3, openMs: 300 } });
    await h.query(Streaming);
    h.emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'unavailable' });
    const failing = await h.query(Streaming);
    expect(failing.data!.sessions!.incompleteSources[0]).toMatchObject({ source: 'NIMBLE', code: 'UPSTREAM_UNAVAILABLE' });

    h.emulator.clearRequests();
    const open = await h.query(Streaming);
    expect(open.data!.sessions!.incompleteSources[0]!.message).toMatch(/failed 3 times in a row, so the gateway stops calling it/);
    expect(h.emulator.requests.filter((r) => r.service === 'nimble')).toHaveLength(0);

    h.emulator.clearFaults();
    await vi.waitFor(
      async () => expect((await h!.query(Streaming)).data!.sessions!.incompleteSources).toEqual([]),
      { timeout: 10_000, interval: 100 },
    );
  });
});
