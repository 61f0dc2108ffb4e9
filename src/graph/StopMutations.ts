// The stop mutations: one per Stop API, and `stopSession` for any session's global ID. Relay-style:
// `input: {id, clientMutationId}` in, a payload with the session after the call out. Stopping a
// session already stopping or ended succeeds and returns it unchanged (the Stop APIs do the same);
// the policy decides who may stop what (FORBIDDEN); see loaders/stops.ts.
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { badInput } from '../errors.js';
import type { DevEnvironmentSessionRecord, RemoteAccessSessionRecord, SessionRecord, StreamingSessionRecord } from '../loaders/records.js';
import { DevEnvironmentSession } from '../sources/codeCatalyst/graph/DevEnvironmentSession.js';
import { parseNodeId } from './nodeIds.js';
import { RemoteAccessSession } from '../sources/deviceFarm/graph/RemoteAccessSession.js';
import { Session } from './Session.js';
import { StreamingSession } from '../sources/nimble/graph/StreamingSession.js';

interface Payload<T> {
  session: T | null;
  stoppedSessionId: string;
  clientMutationId: string | null | undefined;
}

builder.mutationType({ description: 'Changes to sessions: stopping them. Allowed only where the access policy grants `stop`.' });

function input(name: string, what: string) {
  return builder.inputType(name, {
    description: `Which ${what} to stop.`,
    fields: (t) => ({
      id: t.id({ required: true, description: `The global \`id\` of the ${what}.` }),
      clientMutationId: t.string({ description: 'Any string; returned unchanged in the payload, to match answers to requests.' }),
    }),
  });
}

const STOPPED_ID = { description: 'The global ID of the session the call stopped.' };
const CLIENT_ID = { nullable: true, description: 'The `clientMutationId` of the input, unchanged.' } as const;

const RemoteAccessPayload = builder.objectRef<Payload<RemoteAccessSessionRecord>>('StopRemoteAccessSessionPayload').implement({
  description: 'The remote access session after StopRemoteAccessSession: STOPPING while Device Farm collects its artifacts, then COMPLETED.',
  fields: (t) => ({
    session: t.field({ type: RemoteAccessSession, nullable: false, description: 'The session as Device Farm answered the stop.', resolve: (p) => p.session as RemoteAccessSessionRecord }),
    stoppedSessionId: t.exposeID('stoppedSessionId', STOPPED_ID),
    clientMutationId: t.exposeString('clientMutationId', CLIENT_ID),
  }),
});

const StreamingPayload = builder.objectRef<Payload<StreamingSessionRecord>>('StopStreamingSessionPayload').implement({
  description: 'The streaming session after StopStreamingSession: STOP_IN_PROGRESS, then STOPPED (or DELETED without session persistence).',
  fields: (t) => ({
    session: t.field({ type: StreamingSession, nullable: false, description: 'The session as Nimble Studio answered the stop.', resolve: (p) => p.session as StreamingSessionRecord }),
    stoppedSessionId: t.exposeID('stoppedSessionId', STOPPED_ID),
    clientMutationId: t.exposeString('clientMutationId', CLIENT_ID),
  }),
});

const DevEnvironmentPayload = builder.objectRef<Payload<DevEnvironmentSessionRecord>>('StopDevEnvironmentSessionPayload').implement({
  description: 'After StopDevEnvironmentSession the session is closed, and CodeCatalyst lists open sessions only.',
  fields: (t) => ({
    session: t.field({ type: DevEnvironmentSession, nullable: true, description: 'Always null: a closed session no longer exists in CodeCatalyst.', resolve: () => null }),
    stoppedSessionId: t.exposeID('stoppedSessionId', STOPPED_ID),
    clientMutationId: t.exposeString('clientMutationId', CLIENT_ID),
  }),
});

const SessionPayload = builder.objectRef<Payload<SessionRecord>>('StopSessionPayload').implement({
  description: 'The session after its Stop call.',
  fields: (t) => ({
    session: t.field({ type: Session, nullable: true, description: 'The session as AWS answered the stop; null for a Dev Environment session, which is gone once closed.', resolve: (p) => p.session }),
    stoppedSessionId: t.exposeID('stoppedSessionId', STOPPED_ID),
    clientMutationId: t.exposeString('clientMutationId', CLIENT_ID),
  }),
});

type Kind = 'RemoteAccessSession' | 'StreamingSession' | 'DevEnvironmentSession';
const STOPPABLE: readonly string[] = ['RemoteAccessSession', 'StreamingSession', 'DevEnvironmentSession'];

/** The session's local ID, parsed; BAD_USER_INPUT when the ID is not of a kind in `kinds`. */
function target(info: GraphQLResolveInfo, ctx: GatewayContext, id: string | number, kinds: readonly Kind[]): { typename: Kind; id: unknown } {
  const parsed = parseNodeId(info.schema, String(id), ctx);
  if (!(kinds as readonly string[]).includes(parsed.typename)) {
    const why = parsed.typename === 'TestGridSession' ? 'Device Farm has no Stop API for test grid sessions: they end when their Selenium client quits' : `it is the ID of a ${parsed.typename}`;
    throw badInput(`The ID cannot be stopped here (${why}); pass the \`id\` of a ${kinds.join(' or ')}.`);
  }
  return parsed as { typename: Kind; id: unknown };
}

/** Runs the Stop call for a parsed session ID; the session after it, or null once gone. */
async function stop(ctx: GatewayContext, { typename, id }: { typename: Kind; id: unknown }): Promise<SessionRecord | null> {
  const { stops } = ctx.loaders;
  switch (typename) {
    case 'RemoteAccessSession':
      return stops.remoteAccessSession(id as string);
    case 'StreamingSession':
      return stops.streamingSession(id as { studioId: string; sessionId: string });
    case 'DevEnvironmentSession': {
      const { sessionId, ...environment } = id as { spaceName: string; projectName: string; devEnvironmentId: string; sessionId: string };
      await stops.devEnvironmentSession({ ...environment, sessionId });
      return null;
    }
  }
}

function stopField<T extends SessionRecord>(name: string, description: string, inputName: string, what: string, kinds: readonly Kind[], type: typeof SessionPayload | typeof RemoteAccessPayload | typeof StreamingPayload | typeof DevEnvironmentPayload) {
  const Input = input(inputName, what);
  builder.mutationField(name, (t) =>
    t.field({
      type: type as typeof SessionPayload,
      nullable: true,
      description,
      // One Stop call, and at most one read to explain a refusal.
      complexity: 2,
      args: { input: t.arg({ type: Input, required: true, description: `The ${what}'s global \`id\`, and a \`clientMutationId\` if you like.` }) },
      resolve: async (_root, { input: { id, clientMutationId } }, ctx, info) => {
        const session = (await stop(ctx, target(info, ctx, id, kinds))) as T | null;
        return { session, stoppedSessionId: String(id), clientMutationId };
      },
    }),
  );
}

stopField('stopRemoteAccessSession', 'Stops a Device Farm remote access session (StopRemoteAccessSession). Idempotent: a session already STOPPING or COMPLETED is returned unchanged.', 'StopRemoteAccessSessionInput', 'remote access session', ['RemoteAccessSession'], RemoteAccessPayload);
stopField('stopStreamingSession', 'Stops a READY Nimble Studio streaming session (StopStreamingSession). Idempotent: a session already stopping, stopped or ended is returned unchanged; one still starting is refused (UPSTREAM_BAD_REQUEST).', 'StopStreamingSessionInput', 'streaming session', ['StreamingSession'], StreamingPayload);
stopField('stopDevEnvironmentSession', 'Closes a CodeCatalyst Dev Environment session (StopDevEnvironmentSession). Idempotent: a session no longer open in an existing Dev Environment counts as stopped.', 'StopDevEnvironmentSessionInput', 'Dev Environment session', ['DevEnvironmentSession'], DevEnvironmentPayload);
stopField('stopSession', `Stops any session by its global ID with its kind's Stop API (${STOPPABLE.join(', ')}); test grid sessions have none.`, 'StopSessionInput', 'session', ['RemoteAccessSession', 'StreamingSession', 'DevEnvironmentSession'], SessionPayload);
