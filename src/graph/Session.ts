import { builder } from '../builder.js';
import type { SessionRecord } from '../loaders/records.js';
import { sessionPhase, sessionTimes } from '../loaders/sessionPhase.js';
import { SESSION_KINDS, sessionKind } from '../sources/registry.js';

export const SessionKind = builder.enumType('SessionKind', {
  description: 'Which AWS API a session comes from.',
  values: Object.fromEntries(SESSION_KINDS.map((k) => [k.kind, { description: k.description }])) as Record<SessionRecord['kind'], { description: string }>,
});

export const SessionPhase = builder.enumType('SessionPhase', {
  description:
    "Where a session is in its life, the same for every kind; each kind's own status stays on its own type. The README documents the mapping.",
  values: {
    PENDING: { description: 'Requested, waiting for capacity or scheduling.' },
    STARTING: { description: 'Being provisioned or prepared.' },
    RUNNING: { description: 'Usable now.' },
    STOPPING: { description: 'Being stopped or torn down.' },
    ENDED: { description: 'Finished normally or stopped.' },
    FAILED: { description: 'Finished with an error, or could not start, stop or delete.' },
  } as const,
});

export const Session = builder.interfaceRef<SessionRecord>('Session').implement({
  description:
    'A session of any kind: what every session shares, normalised. Each kind keeps its AWS fields under their AWS names on its own type.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (session) => sessionKind(session.kind).typename,
  fields: (t) => ({
    kind: t.field({
      type: SessionKind,
      nullable: false,
      description: 'Which AWS API the session comes from.',
      resolve: (s) => s.kind,
    }),
    phase: t.field({
      type: SessionPhase,
      nullable: false,
      description: "The session's status, state or result mapped onto one life cycle.",
      resolve: (s) => sessionPhase(s),
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the session was created (a CodeCatalyst session: when it started).',
      resolve: (s) => sessionTimes(s).createdAt,
    }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the session started; null while it has not.',
      resolve: (s) => sessionTimes(s).startedAt,
    }),
    endedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the session stopped or ended; null while it has not.',
      resolve: (s) => sessionTimes(s).endedAt,
    }),
  }),
});
