// The start-up line's URL is one a person can open, whatever HOST the gateway listens on.
import { describe, expect, it } from 'vitest';
import { listenUrl } from '../../src/ops/banner.js';

describe('the start-up URL', () => {
  it.each([
    ['127.0.0.1', 'http://localhost:4000/graphql'],
    ['0.0.0.0', 'http://localhost:4000/graphql'],
    ['::', 'http://localhost:4000/graphql'],
    ['::1', 'http://[::1]:4000/graphql'],
    ['fd00::12', 'http://[fd00::12]:4000/graphql'],
    ['10.1.2.3', 'http://10.1.2.3:4000/graphql'],
    ['gateway.internal', 'http://gateway.internal:4000/graphql'],
  ])('HOST=%s: %s', (host, url) => {
    expect(listenUrl(host, 4000, '/graphql')).toBe(url);
    expect(new URL(listenUrl(host, 4000, '/graphql')).port).toBe('4000');
  });
});
