import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/logger.js';
import { runInRequest, newRequestStats } from '../../src/ops/requestScope.js';

const capture = async (pretty: boolean) => {
  const out: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      out.push(String(chunk));
      done();
    },
  });
  const logger = await createLogger('info', { pretty, destination });
  return { logger, out };
};

describe('createLogger', () => {
  it('writes one JSON object per line, with the request ID of the request being served', async () => {
    const { logger, out } = await capture(false);
    logger.info({ event: 'outside' }, 'one');
    runInRequest(newRequestStats('req-7'), () => logger.warn({ event: 'inside', token: 'hunter2' }, 'two'));
    logger.debug('not at info');
    const lines = out.join('').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, event: 'outside', msg: 'one', service: 'session-gateway', pid: process.pid }),
      expect.objectContaining({ level: 40, event: 'inside', msg: 'two', requestId: 'req-7', token: '[redacted]' }),
    ]);
    expect(lines[0]).not.toHaveProperty('requestId');
  });

  it('pretty-prints for a terminal instead', async () => {
    const { logger, out } = await capture(true);
    logger.info({ event: 'started' }, 'Session gateway ready');
    const text = out.join('');
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toMatch(/INFO.*Session gateway ready/);
  });
});
