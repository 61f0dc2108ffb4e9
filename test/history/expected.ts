// What the emulator's own data adds up to, computed from its seeded store (not from the
// gateway or the history store), for comparing with `usage`.
import type { Emulator } from '../../src/emulator/index.js';

/** The window the tests ask `usage` about: every seeded session starts inside it. */
export const WINDOW = { from: '2025-11-10T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

export interface Totals {
  sessions: number;
  billedMinutes: number;
}

export function emulatorTotals(emulator: Emulator, now: number): Record<string, Totals> {
  const totals: Record<string, Totals> = {};
  const from = Date.parse(WINDOW.from);
  const to = Date.parse(WINDOW.to);
  const add = (kind: string, start: Date | undefined, billed: number) => {
    const t = start?.getTime() ?? 0;
    if (t < from || t >= to) return;
    const entry = (totals[kind] ??= { sessions: 0, billedMinutes: 0 });
    entry.sessions += 1;
    entry.billedMinutes += billed;
  };
  const minutes = (start: Date | undefined, end: Date | undefined) => (start ? Math.max(0, (end?.getTime() ?? now) - start.getTime()) / 60_000 : 0);
  const { deviceFarm, nimble, codeCatalyst } = emulator.data;
  for (const p of deviceFarm.projects) {
    for (const s of deviceFarm.remoteAccessSessions(p.arn!)) add('REMOTE_ACCESS', s.started ?? s.created, s.deviceMinutes?.metered ?? 0);
  }
  for (const p of deviceFarm.testGridProjects) {
    for (const s of deviceFarm.testGridSessions(p.arn!)) add('TEST_GRID', s.created, s.billingMinutes ?? 0);
  }
  for (const studio of nimble.studios) {
    for (const s of nimble.streamingSessions(studio.studioId!)) add('STREAMING', s.startedAt ?? s.createdAt, minutes(s.startedAt ?? s.createdAt, s.stoppedAt));
  }
  for (const space of codeCatalyst.spaces) {
    for (const d of codeCatalyst.devEnvironments(space.name!)) {
      for (const s of codeCatalyst.sessions(d.spaceName!, d.projectName!, d.id!)) add('DEV_ENVIRONMENT', s.startedTime, minutes(s.startedTime, undefined));
    }
  }
  return totals;
}
