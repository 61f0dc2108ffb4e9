// The watcher's reads go to the history recorder too: a session that only the watcher saw (no
// query listed it) is in sessionHistory.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { History } from '../../src/history/index.js';
import { testHistory } from '../support/historyStore.js';
import { startHarness, type Harness } from '../support/harness.js';
import { subscribe, Ticks } from './watch.js';

let h: Harness;
let history: History;
const ticks = new Ticks();
beforeAll(async () => {
  history = await testHistory();
  h = await startHarness({ gateway: { history, watch: { intervalMs: 5, onTick: ticks.onTick } } });
});
afterAll(async () => {
  await h.close();
  await history.close();
});

it('records a session the watcher saw start, without any query listing it', async () => {
  const studioId = h.emulator.data.nimble.studios.find((s) => h.emulator.data.nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
  const sub = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
  await ticks.after(1);
  const created = h.emulator.createSession('streaming', studioId);
  expect(await sub.nextFor(created.id)).toMatchObject({ type: 'STARTED' });
  await sub.stream.close();
  await history.flush();
  const res = await h.query<any, any>('query($search: String) { sessionHistory(first: 5, filter: { search: $search }) { edges { node { key kind scope phase } } } }', { search: created.id });
  expect(res.errors).toBeUndefined();
  expect(res.data.sessionHistory.edges.map((e: any) => e.node)).toEqual([{ key: `STREAMING|${studioId}|${created.id}`, kind: 'STREAMING', scope: studioId, phase: 'STARTING' }]);
});
