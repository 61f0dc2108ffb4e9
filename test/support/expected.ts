// What the gateway should return, computed straight from the emulator's seeded store.
import type { Emulator } from '../../src/emulator/index.js';

export interface ExpectedSession {
  typename: 'RemoteAccessSession' | 'TestGridSession' | 'StreamingSession' | 'DevEnvironmentSession';
  /** The AWS identifier: arn, sessionId, or the dev environment session id. */
  awsId: string;
  createdAt: number;
  streamKey: string;
}

/** Every session of every scope, with the key of the stream (scope) it belongs to. */
export function allSessions(emulator: Emulator): ExpectedSession[] {
  const { deviceFarm, nimble, codeCatalyst } = emulator.data;
  const out: ExpectedSession[] = [];
  for (const p of deviceFarm.projects) {
    for (const s of deviceFarm.remoteAccessSessions(p.arn!)) {
      out.push({ typename: 'RemoteAccessSession', awsId: s.arn!, createdAt: s.created!.getTime(), streamKey: `RA|${p.arn}` });
    }
  }
  for (const p of deviceFarm.testGridProjects) {
    for (const s of deviceFarm.testGridSessions(p.arn!)) {
      out.push({ typename: 'TestGridSession', awsId: s.arn!, createdAt: s.created!.getTime(), streamKey: `TG|${p.arn}` });
    }
  }
  for (const st of nimble.studios) {
    for (const s of nimble.streamingSessions(st.studioId!)) {
      out.push({ typename: 'StreamingSession', awsId: s.sessionId!, createdAt: s.createdAt!.getTime(), streamKey: `ST|${st.studioId}` });
    }
  }
  for (const space of codeCatalyst.spaces) {
    for (const d of codeCatalyst.devEnvironments(space.name!)) {
      for (const s of codeCatalyst.sessions(space.name!, d.projectName!, d.id!)) {
        out.push({
          typename: 'DevEnvironmentSession',
          awsId: s.id!,
          createdAt: s.startedTime!.getTime(),
          streamKey: `DE|${space.name}|${d.projectName}|${d.id}`,
        });
      }
    }
  }
  return out;
}

/**
 * The merged feed's order: newest first; equal times break by stream key, then upstream order
 * (exactly what merging newest-first streams in key order yields).
 */
export function feedOrder(sessions: ExpectedSession[]): ExpectedSession[] {
  return sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.createdAt - a.s.createdAt || (a.s.streamKey < b.s.streamKey ? -1 : a.s.streamKey > b.s.streamKey ? 1 : a.i - b.i))
    .map(({ s }) => s);
}
