import { describe, expect, it } from 'vitest';
import { sessionPhase, sessionTimes } from '../../src/loaders/sessionPhase.js';
import type { SessionRecord } from '../../src/loaders/records.js';

const t1 = new Date('2026-10-01T10:00:00Z');
const t2 = new Date('2026-10-01T10:05:00Z');
const t3 = new Date('2026-10-01T11:00:00Z');

const ra = (status: string, result?: string, extra = {}) =>
  ({ kind: 'REMOTE_ACCESS', arn: 'a', status, result, ...extra }) as SessionRecord;
const tg = (status: string, extra = {}) => ({ kind: 'TEST_GRID', arn: 'a', status, ...extra }) as SessionRecord;
const st = (state: string, extra = {}) => ({ kind: 'STREAMING', studioId: 's', sessionId: 'x', state, ...extra }) as SessionRecord;

describe('phase mapping', () => {
  it.each([
    ['PENDING', 'PENDING'], ['PENDING_CONCURRENCY', 'PENDING'], ['PENDING_DEVICE', 'PENDING'], ['SCHEDULING', 'PENDING'],
    ['PROCESSING', 'STARTING'], ['PREPARING', 'STARTING'], ['RUNNING', 'RUNNING'], ['STOPPING', 'STOPPING'], ['COMPLETED', 'ENDED'],
  ])('remote access %s → %s', (status, phase) => expect(sessionPhase(ra(status, 'PASSED'))).toBe(phase));

  it('a completed remote access session that failed or errored is FAILED', () => {
    expect(sessionPhase(ra('COMPLETED', 'FAILED'))).toBe('FAILED');
    expect(sessionPhase(ra('COMPLETED', 'ERRORED'))).toBe('FAILED');
    expect(sessionPhase(ra('COMPLETED', 'STOPPED'))).toBe('ENDED');
    expect(sessionPhase(ra('RUNNING', 'FAILED'))).toBe('RUNNING');
  });

  it.each([['ACTIVE', 'RUNNING'], ['CLOSED', 'ENDED'], ['ERRORED', 'FAILED']])('test grid %s → %s', (status, phase) =>
    expect(sessionPhase(tg(status))).toBe(phase),
  );

  it.each([
    ['CREATE_IN_PROGRESS', 'STARTING'], ['START_IN_PROGRESS', 'STARTING'], ['READY', 'RUNNING'],
    ['STOP_IN_PROGRESS', 'STOPPING'], ['DELETE_IN_PROGRESS', 'STOPPING'], ['STOPPED', 'ENDED'], ['DELETED', 'ENDED'],
    ['CREATE_FAILED', 'FAILED'], ['START_FAILED', 'FAILED'], ['STOP_FAILED', 'FAILED'], ['DELETE_FAILED', 'FAILED'],
  ])('streaming %s → %s', (state, phase) => expect(sessionPhase(st(state))).toBe(phase));

  it('a listed dev environment session is RUNNING', () => {
    expect(sessionPhase({ kind: 'DEV_ENVIRONMENT', id: 'x', spaceName: 's', projectName: 'p', devEnvironmentId: 'd', startedTime: t1 })).toBe('RUNNING');
  });

  it('an unknown status falls back on the timestamps instead of failing', () => {
    expect(sessionPhase(ra('NEW_STATUS'))).toBe('PENDING');
    expect(sessionPhase(ra('NEW_STATUS', undefined, { started: t2 }))).toBe('RUNNING');
    expect(sessionPhase(st('NEW_STATE', { startedAt: t2, stoppedAt: t3 }))).toBe('ENDED');
    expect(sessionPhase(tg('NEW'))).toBe('PENDING');
  });
});

describe('time mapping', () => {
  it('maps each API onto createdAt / startedAt / endedAt', () => {
    expect(sessionTimes(ra('COMPLETED', 'PASSED', { created: t1, started: t2, stopped: t3 }))).toEqual({ createdAt: t1, startedAt: t2, endedAt: t3 });
    expect(sessionTimes(tg('CLOSED', { created: t1, ended: t3 }))).toEqual({ createdAt: t1, startedAt: t1, endedAt: t3 });
    expect(sessionTimes(st('STOPPED', { createdAt: t1, startedAt: t2, stoppedAt: t3 }))).toEqual({ createdAt: t1, startedAt: t2, endedAt: t3 });
    expect(
      sessionTimes({ kind: 'DEV_ENVIRONMENT', id: 'x', spaceName: 's', projectName: 'p', devEnvironmentId: 'd', startedTime: t2 }),
    ).toEqual({ createdAt: t2, startedAt: t2, endedAt: null });
    expect(sessionTimes(ra('PENDING'))).toEqual({ createdAt: null, startedAt: null, endedAt: null });
  });
});
