// Calls that change something are not retried blindly: a stop whose answer was lost (a timeout, a
// reset, a 5xx) may have taken effect, and the caller, not the SDK, should decide to ask again.
// Only a throttled attempt is retried, because AWS rejected it before doing anything.
import { THROTTLED, statusOf, type SdkLikeError } from './errorNames.js';

type Handler = (args: unknown) => Promise<unknown>;
interface AnyCommand {
  middlewareStack: { add(middleware: (next: Handler) => Handler, options: object): void };
}

/** Carries a failure past the SDK's retry middleware, which retries only what it recognises. */
class NotRetried extends Error {
  override name = 'NotRetried';
  constructor(readonly failure: unknown) {
    super('not retried');
  }
}

/** Adds the no-blind-retry rule to one command; returns it for `client.send`. */
export function oncePerChange<C extends object>(command: C): C {
  // The stacks' own types differ per command; the step and priority are what matter here.
  (command as unknown as AnyCommand).middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const e = (error ?? {}) as SdkLikeError;
        if (THROTTLED.has(e.name ?? '') || statusOf(e) === 429) throw error;
        throw new NotRetried(error);
      }
    },
    // Inside the SDK's retry middleware (finalizeRequest, high priority): it sees every attempt.
    { step: 'finalizeRequest', priority: 'low', name: 'sessionGatewayOncePerChange' },
  );
  return command;
}

/** The failure itself, unwrapped from its way past the retry middleware. */
export function unwrapFailure(error: unknown): unknown {
  return error instanceof NotRetried ? error.failure : error;
}
