// The stop mutations, derived from the registry: one per kind whose source declares a Stop API
// (`stop<Type>`), and `stopSession` for any session's global ID. Relay-style: `input: {id,
// clientMutationId}` in, a payload with the session after the call out. Stopping a session already
// stopping or ended succeeds and returns it unchanged (the Stop APIs do the same); the policy decides
// who may stop what (FORBIDDEN); see loaders/stops.ts.
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { badInput } from '../errors.js';
import type { SessionRecord } from '../loaders/records.js';
import type { SessionKindModel, SessionStopModel } from '../sources/kinds.js';
import { SESSION_KINDS, SOURCE_LABEL } from '../sources/registry.js';
import { parseNodeId } from './nodeIds.js';
import { Session } from './Session.js';

interface Payload {
  session: SessionRecord | null;
  stoppedSessionId: string;
  clientMutationId: string | null | undefined;
}

type Stoppable = SessionKindModel<SessionRecord> & { stop: SessionStopModel<SessionRecord> };
const canStop = (k: SessionKindModel<SessionRecord>): k is Stoppable => 'run' in k.stop;

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

function payload(name: string, description: string, session: (t: any) => unknown) {
  return builder.objectRef<Payload>(name).implement({
    description,
    fields: (t) => ({
      session: session(t) as never,
      stoppedSessionId: t.exposeID('stoppedSessionId', STOPPED_ID),
      clientMutationId: t.exposeString('clientMutationId', CLIENT_ID),
    }),
  });
}

/** The session's kind, for a global ID of one of `kinds`; BAD_USER_INPUT otherwise, saying why. */
function target(info: GraphQLResolveInfo, ctx: GatewayContext, id: string | number, kinds: readonly Stoppable[]): { kind: Stoppable; id: unknown } {
  const parsed = parseNodeId(info.schema, String(id), ctx);
  const kind = kinds.find((k) => k.typename === parsed.typename);
  if (!kind) {
    const other = SESSION_KINDS.find((k) => k.typename === parsed.typename);
    const why = other && 'none' in other.stop ? other.stop.none : `it is the ID of a ${parsed.typename}`;
    throw badInput(`The ID cannot be stopped here (${why}); pass the \`id\` of a ${kinds.map((k) => k.typename).join(' or ')}.`);
  }
  return { kind, id: parsed.id };
}

function stopField(name: string, description: string, inputName: string, what: string, kinds: readonly Stoppable[], type: ReturnType<typeof payload>) {
  const Input = input(inputName, what);
  builder.mutationField(name, (t) =>
    t.field({
      type,
      nullable: true,
      description,
      // One Stop call, and at most one read to explain a refusal.
      complexity: 2,
      args: { input: t.arg({ type: Input, required: true, description: `The ${what}'s global \`id\`, and a \`clientMutationId\` if you like.` }) },
      resolve: async (_root, { input: { id, clientMutationId } }, ctx, info) => {
        const stopping = target(info, ctx, id, kinds);
        const session = await stopping.kind.stop.run(ctx.loaders, stopping.id);
        return { session: stopping.kind.stop.gone ? null : session, stoppedSessionId: String(id), clientMutationId };
      },
    }),
  );
}

/** Declares the stop mutations of every kind with a Stop API; `typeOf` is each kind's GraphQL type. */
export function registerStopMutations(typeOf: (typename: string) => unknown): void {
  const kinds = SESSION_KINDS.filter(canStop);
  for (const kind of kinds) {
    const { typename, stop } = kind;
    const type = payload(`Stop${typename}Payload`, stop.after, (t) =>
      stop.gone
        ? t.field({ type: typeOf(typename), nullable: true, description: `Always null: a closed session no longer exists in ${SOURCE_LABEL[kind.source]}.`, resolve: () => null })
        : t.field({ type: typeOf(typename), nullable: false, description: `The session as ${SOURCE_LABEL[kind.source]} answered the stop.`, resolve: (p: Payload) => p.session }),
    );
    stopField(`stop${typename}`, stop.description, `Stop${typename}Input`, stop.what, [kind], type);
  }
  const gone = kinds.filter((k) => k.stop.gone).map((k) => `a ${k.typename}`);
  const SessionPayload = payload('StopSessionPayload', 'The session after its Stop call.', (t) =>
    t.field({ type: Session, nullable: true, description: `The session as AWS answered the stop; null for ${gone.join(' or ') || 'none'}, which is gone once closed.`, resolve: (p: Payload) => p.session }),
  );
  const none = SESSION_KINDS.filter((k) => !canStop(k)).map((k) => k.typename);
  stopField('stopSession', `Stops any session by its global ID with its kind's Stop API (${kinds.map((k) => k.typename).join(', ')})${none.length ? `; there is none for ${none.join(', ')}` : ''}.`, 'StopSessionInput', 'session', kinds, SessionPayload);
}
