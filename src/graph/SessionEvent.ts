import { builder } from '../builder.js';
import { badInput, GatewayError } from '../errors.js';
import type { SessionRecord } from '../loaders/records.js';
import { SESSION_EVENT_TYPES, type SessionEventType as EventType, type WatchEvent } from '../watch/index.js';
import { SESSION_KINDS } from '../sources/registry.js';
import { Session, SessionKind } from './Session.js';

const ALL_KINDS = SESSION_KINDS.map((k) => k.kind);

export const SessionEventType = builder.enumType('SessionEventType', {
  description: 'What happened to a session.',
  values: {
    STARTED: { description: 'The session appeared: it was created since the watcher last looked.' },
    CHANGED: { description: 'Its `phase` or its own status (`status`, `state`) changed, and it has not ended.' },
    ENDED: { description: 'It reached `ENDED` or `FAILED`, or left its list (a CodeCatalyst session that closed).' },
  } as const,
});

const SessionEvent = builder.objectRef<WatchEvent<SessionRecord>>('SessionEvent').implement({
  description: 'A change the gateway saw in a session, with the session as it is now.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Ordered and unique; pass the last one you received as `after` when you subscribe again.' }),
    type: t.field({ type: SessionEventType, nullable: false, description: 'What happened.', resolve: (e) => e.type }),
    session: t.field({ type: Session, nullable: false, description: 'The session as the gateway saw it then.', resolve: (e) => e.session }),
    observedAt: t.field({ type: 'DateTime', nullable: false, description: 'When the gateway saw the change (it polls; see WATCH_INTERVAL_MS).', resolve: (e) => new Date(e.at) }),
  }),
});

const SessionEventFilter = builder.inputType('SessionEventFilter', {
  description: 'Narrows `sessionEvents`. Every field given must match.',
  fields: (t) => ({
    kinds: t.field({ type: [SessionKind], description: 'Only sessions of these kinds; the others are not polled for you.' }),
    types: t.field({ type: [SessionEventType], description: 'Only these events.' }),
  }),
});

builder.subscriptionType({ description: 'Live updates, served as Server-Sent Events (GraphQL over SSE).' });

builder.subscriptionField('sessionEvents', (t) =>
  t.field({
    type: SessionEvent,
    description:
      'Sessions starting, changing and ending, in every scope you may see, as the gateway polls them. One poller serves every subscriber. Reconnect with `after` set to the last event `id` you received to get the events you missed (within a retention window).',
    args: {
      filter: t.arg({ type: SessionEventFilter, description: 'Only events that match.' }),
      after: t.arg.string({ description: 'Replay the retained events after this event `id` first.' }),
    },
    subscribe: (_root, args, ctx) => {
      if (!ctx.watch) throw new GatewayError('SOURCE_DISABLED', 'Live updates are not served by this gateway.');
      if (args.filter?.kinds?.length === 0) throw badInput('`filter.kinds` must name at least one kind; leave it out for every kind.');
      if (args.filter?.types?.length === 0) throw badInput('`filter.types` must name at least one event type; leave it out for every type.');
      const { access } = ctx;
      return ctx.watch.subscribe(
        {
          kinds: new Set<string>(args.filter?.kinds ?? ALL_KINDS),
          types: new Set<EventType>(args.filter?.types ?? SESSION_EVENT_TYPES),
          allows: (source, scope) => access.allows(source, scope),
        },
        args.after ?? undefined,
      );
    },
    resolve: (event) => event,
  }),
);
