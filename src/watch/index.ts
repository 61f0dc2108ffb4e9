// Builds the one watcher of a process from its settings: in process, or shared through Redis
// (lease, interest, event stream, pub/sub). server.ts makes it once; createGateway otherwise.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { localCoordination, redisCoordination } from './coordination.js';
import { memoryEventLog, redisEventLog } from './eventLog.js';
import { Watcher, type TickReport, type WatchSource, type WireEvent } from './watcher.js';

export type { Interest, TickReport, WatchEvent, WatchScope, WatchSource } from './watcher.js';
export { SESSION_EVENT_TYPES, type SessionEventType } from './diff.js';
export { Watcher };

export interface WatchSettings {
  /** How often the scopes in use are polled. */
  intervalMs: number;
  /** How many events are kept for subscribers that reconnect with the last ID they saw. */
  retainEvents: number;
}

export const DEFAULT_WATCH: WatchSettings = { intervalMs: 5_000, retainEvents: 1_000 };

export interface WatchOptions<T> extends WatchSettings {
  source: WatchSource<T>;
  /** With it, one replica polls and every replica's subscribers get its events. */
  redisUrl?: string | undefined;
  clock?: () => number;
  warn?: (message: string) => void;
  onTick?: (report: TickReport) => void;
}

const PREFIX = 'session-gateway:v1:watch:';

export function createWatcher<T>(options: WatchOptions<T>): Watcher<T> {
  const clock = options.clock ?? Date.now;
  const warn = options.warn ?? ((message) => console.warn(message));
  const common = { source: options.source, intervalMs: options.intervalMs, clock, warn, onTick: options.onTick };
  if (!options.redisUrl) {
    return new Watcher({ ...common, coordination: localCoordination, log: memoryEventLog(options.retainEvents, clock), bus: createPubSub<{ sessionEvents: [WireEvent] }>() });
  }
  const commands = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
  const subscriber = new Redis(options.redisUrl);
  for (const client of [commands, subscriber]) client.on('error', () => undefined); // the upstream layer reports Redis's state
  const eventTarget = createRedisEventTarget<CustomEvent<WireEvent>>({ publishClient: commands, subscribeClient: subscriber });
  return new Watcher({
    ...common,
    // A leader that stops renewing is replaced after three intervals (at least two seconds).
    coordination: redisCoordination(commands, PREFIX, Math.max(3 * options.intervalMs, 2_000)),
    log: redisEventLog(commands, `${PREFIX}events`, options.retainEvents),
    bus: createPubSub<{ sessionEvents: [WireEvent] }>({ eventTarget: eventTarget as never }),
    dispose: async () => {
      subscriber.disconnect();
      await commands.quit().catch(() => commands.disconnect());
    },
  });
}
