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
  /**
   * Resolves once `n` matching calls have arrived and are held together: proof that they were all
   * in flight at once, whatever the machine's speed.
   */
  arrivals(n: number): Promise<void>;
  /** Lets every held and later matching call go on. */
  release(): void;
}

interface ActiveHold {
  match: HoldMatch;
  arrive: () => void;
  released: Promise<void>;
}

/** Counts the calls a hold has held, and wakes whoever waits for a count. */
class Arrivals {
  private count = 0;
  private readonly waiting: Array<{ n: number; resolve: () => void }> = [];

  arrive(): void {
    this.count += 1;
    for (const w of this.waiting.filter((w) => w.n <= this.count)) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.resolve();
    }
  }

  reach(n: number): Promise<void> {
    if (n <= this.count) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ n, resolve }));
  }
}

const matches = ({ service, operation, params }: HoldMatch, s: ServiceName, o: string, p: Record<string, unknown>) =>
  (service === undefined || service === s) && (operation === undefined || operation === o) && Object.entries(params ?? {}).every(([k, v]) => p[k] === v);

export class Holds {
  private readonly active = new Set<ActiveHold>();

  add(match: HoldMatch): Hold {
    let release!: () => void;
    const arrivals = new Arrivals();
    const hold: ActiveHold = { match, arrive: () => arrivals.arrive(), released: new Promise<void>((resolve) => (release = resolve)) };
    this.active.add(hold);
    return {
      arrived: arrivals.reach(1),
      arrivals: (n) => arrivals.reach(n),
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
