import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { GatewayError } from '../errors.js';

export interface BreakerSettings {
  /** Consecutive failures that open the circuit; 0 turns the breaker off. */
  failures: number;
  /** How long an open circuit answers at once before one call tries the source again. */
  openMs: number;
}

/** Failures that say the source itself is in trouble; a caller's mistake or a missing item do not. */
const SOURCE_TROUBLE = new Set(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_THROTTLED', 'UPSTREAM_ERROR']);

/**
 * One circuit (cockatiel); the upstream layer keeps one per source and place. After `failures`
 * failed calls in a row the source is not called there for `openMs`; its reads fail at once with
 * its coded error instead of piling retries on a source that is down. Then one call tries again
 * and closes the circuit if it succeeds.
 */
export class SourceBreaker {
  private readonly policy: CircuitBreakerPolicy | undefined;

  constructor(
    private readonly source: Source,
    private readonly settings: BreakerSettings,
    onState: (state: CircuitState) => void = () => {},
  ) {
    if (settings.failures <= 0) return;
    this.policy = circuitBreaker(
      handleWhen((error) => error instanceof GatewayError && SOURCE_TROUBLE.has(error.code)),
      { halfOpenAfter: settings.openMs, breaker: new ConsecutiveBreaker(settings.failures) },
    );
    this.policy.onStateChange(onState);
    // Reported once at the start too, so every place in use has a state, not only those that failed.
    onState(CircuitState.Closed);
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    if (!this.policy) return call();
    try {
      return await this.policy.execute(call);
    } catch (error) {
      if (!(error instanceof BrokenCircuitError)) throw error;
      const seconds = Math.ceil(this.settings.openMs / 1000);
      throw new GatewayError(
        'UPSTREAM_UNAVAILABLE',
        `${SOURCE_LABEL[this.source]} failed ${this.settings.failures} times in a row, so the gateway stops calling it for up to ${seconds} s; retry later.`,
        { source: this.source },
      );
    }
  }
}
