import { describe, expect, it } from 'vitest';
import { createClients, clientsOf, destroyClients } from '../../src/aws/clients.js';
import { SOURCE_REGISTRY } from '../../src/sources/registry.js';

describe('createClients', () => {
  it("leaves out the SDK's logger middleware (it masks and copies every answer for a logger that drops it) and keeps the rest", () => {
    const clients = createClients({
      sources: new Set(SOURCE_REGISTRY.map((s) => s.name)),
      deviceFarmRegion: 'us-west-2',
      codeCatalystToken: 'token',
      upstreamTimeoutMs: 1000,
      emulatorEndpoint: 'http://127.0.0.1:9',
    });
    try {
      const stacks = clientsOf(clients).map(({ client }) => (client as unknown as { middlewareStack: { identify(): string[] } }).middlewareStack.identify());
      expect(stacks).toHaveLength(SOURCE_REGISTRY.length);
      for (const names of stacks) {
        expect(names.some((n) => n.startsWith('loggerMiddleware'))).toBe(false);
        expect(names.some((n) => n.startsWith('retryMiddleware'))).toBe(true);
      }
    } finally {
      destroyClients(clients);
    }
  });
});
