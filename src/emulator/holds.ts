// The hold knob: matching calls wait until the test releases them, so a test can order what
// happens around a slow call (e.g. "the first streamed edge left before this call answered")
// from events instead of timing. Each hold matches until released.
import type { ServiceName } from './types.js';

export interface HoldMatch {
  service?: ServiceName;
  operation?: string;
  /** Request parameters that must be equal, e.g. `{ studioId: 'stid-…' }`. */
  params?: Record<string, string>;
}

export interface Hold {
  /** Resolves when the first matching call arrives (and is being held). */
  readonly arrived: Promise<void>;
  /** Lets every held and later matching call go on. */
  release(): void;
}

interface ActiveHold {
  match: HoldMatch;
  arrive: () => void;
  released: Promise<void>;
}

const matches = ({ service, operation, params }: HoldMatch, s: ServiceName, o: string, p: Record<string, unknown>) =>
  (service === undefined || service === s) && (operation === undefined || operation === o) && Object.entries(params ?? {}).every(([k, v]) => p[k] === v);

export class Holds {
  private readonly active = new Set<ActiveHold>();

  add(match: HoldMatch): Hold {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const hold: ActiveHold = { match, arrive, released: new Promise<void>((resolve) => (release = resolve)) };
    this.active.add(hold);
    return {
      arrived,
      release: () => {
        this.active.delete(hold);
        release();
      },
    };
  }

  /** Waits while a hold matches the call, or until the emulator closes. */
  async wait(service: ServiceName, operation: string, params: Record<string, unknown>, closing: AbortSignal): Promise<void> {
    const held = [...this.active].filter((h) => matches(h.match, service, operation, params));
    if (held.length === 0) return;
    const closed = new Promise<void>((resolve) => closing.addEventListener('abort', () => resolve(), { once: true }));
    for (const hold of held) hold.arrive();
    await Promise.race([Promise.all(held.map((h) => h.released)), closed]);
  }
}
