// `usage`: sessions and minutes per kind, source, scope, owner, instance type and period,
// computed in SQL over the history store (never from AWS).
import { builder } from '../../builder.js';
import { badInput } from '../../errors.js';
import { MAX_USAGE_GROUPS, PERIODS, USAGE_GROUPS, type UsageRow } from '../../history/usage.js';
import { SessionKind } from '../Session.js';
import { SessionSource } from '../feed/SessionFeed.js';
import { historyOf } from './SessionHistory.js';

const UsageGroup = builder.enumType('UsageGroup', {
  description: 'What `usage` groups by. At most one of DAY, WEEK and MONTH (UTC; weeks start on Monday).',
  values: Object.fromEntries(USAGE_GROUPS.map((g) => [g, { description: `One bucket per ${g.toLowerCase().replace('_', ' ')}.` }])) as Record<(typeof USAGE_GROUPS)[number], { description: string }>,
});

const UsageBucket = builder.objectRef<UsageRow>('UsageBucket').implement({
  description: 'Sessions that started in the window, in one group. Fields not grouped by are null.',
  fields: (t) => ({
    kind: t.field({ type: SessionKind, nullable: true, resolve: (r) => r.kind as never, description: 'With KIND.' }),
    source: t.field({ type: SessionSource, nullable: true, resolve: (r) => r.source as never, description: 'With SOURCE.' }),
    scope: t.string({ nullable: true, resolve: (r) => r.scope, description: 'With SCOPE.' }),
    owner: t.string({ nullable: true, resolve: (r) => r.owner, description: 'With OWNER (null also for sessions without an owner).' }),
    instanceType: t.string({ nullable: true, resolve: (r) => r.instanceType, description: 'With INSTANCE_TYPE.' }),
    period: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.period, description: 'With DAY, WEEK or MONTH: the first instant of the period (UTC).' }),
    sessions: t.int({ nullable: false, resolve: (r) => r.sessions, description: 'How many sessions started.' }),
    minutes: t.float({ nullable: false, resolve: (r) => r.minutes, description: 'Their minutes (see `SessionHistoryEntry.minutes`).' }),
    billedMinutes: t.float({ nullable: false, resolve: (r) => r.billedMinutes, description: 'Their billed minutes (see `SessionHistoryEntry.billedMinutes`).' }),
  }),
});

const MAX_WINDOW_DAYS = 400;

builder.queryField('usage', (t) =>
  t.field({
    type: [UsageBucket],
    nullable: false,
    description:
      'Session counts, minutes and billed minutes of the sessions that started in [`from`, `to`), grouped, from the history store: never calls AWS. Only the scopes your identity may see.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'The start of the window (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'The end of the window (exclusive); at most 400 days after `from`.' }),
      groupBy: t.arg({ type: [UsageGroup], required: true, defaultValue: [], description: 'The groups; none: one total.' }),
    },
    resolve: async (_root, { from, to, groupBy }, ctx) => {
      const history = historyOf(ctx);
      if (from >= to) throw badInput('`from` must be earlier than `to`.');
      if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) throw badInput(`The window from \`from\` to \`to\` may span at most ${MAX_WINDOW_DAYS} days.`);
      const groups = [...new Set(groupBy)];
      if (groups.filter((g) => (PERIODS as readonly string[]).includes(g)).length > 1) throw badInput('`groupBy` may name only one of DAY, WEEK and MONTH.');
      const rows = await history.usage(ctx.access, from, to, groups);
      if (rows.length > MAX_USAGE_GROUPS) throw badInput(`The answer would hold more than ${MAX_USAGE_GROUPS} groups; group by less or narrow the window.`);
      return rows;
    },
  }),
);
