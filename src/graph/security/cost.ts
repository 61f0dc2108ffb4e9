import { PothosValidationError } from '@pothos/core';
import { createComplexityRule, type FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, GraphQLError, isListType, isNonNullType, validate, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorExtensions, GatewayError } from '../../errors.js';
import { DEFAULT_FIRST, MAX_FIRST } from '../connections/pageSize.js';
import { MAX_UPSTREAM_PAGES } from '../connections/tokenConnection.js';

// An operation's cost is the number of upstream calls it may cause, counted before it runs, the
// way GitHub counts its GraphQL rate limit: a field's own calls, plus its children's cost times
// the items it returns. @pothos/plugin-complexity walks the operation; this file says what each
// field costs.

/** Objects that a field fetches (one call each, at most), rather than reads off its parent. */
const FETCHED = new Set([
  'Node',
  'NimbleStudio',
  'NimbleLaunchProfile',
  'NimbleStreamingImage',
  'DeviceFarmProject',
  'DeviceFarmTestGridProject',
  'CodeCatalystSpace',
  'CodeCatalystProject',
  'CodeCatalystDevEnvironment',
]);

/** Scopes are listed from discovery; how many a list holds is unknown before it runs. */
const SCOPES_PER_LIST = 10;

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

const items = (first: unknown) => (typeof first === 'number' && first >= 0 ? Math.min(first, MAX_FIRST) : DEFAULT_FIRST);

/** Connections that reach their page by scanning: the feed (many streams, phases filtered here) and Nimble's user filters. */
function scans(type: string, args: Record<string, unknown>): boolean {
  return type === 'SessionConnection' || (type === 'StreamingSessionConnection' && Boolean(args.createdBy || args.ownedBy));
}

/**
 * The cost of one field (the builder's `complexity.fieldComplexity`): `field` is its own calls,
 * `multiplier` how many times its children run.
 * - a connection: one page, or its whole page budget when it scans; its items run `first` times;
 * - `nodes(ids)`: one call per ID, and each node's children;
 * - a field that fetches an object: one call; a list of scopes: one call and an estimated 10 scopes;
 * - anything read off its parent: nothing.
 */
export function fieldCost(args: Record<string, unknown>, _ctx: unknown, field: Pick<GraphQLField<unknown, unknown>, 'name' | 'type'>): FieldComplexityValue {
  const type = getNamedType(field.type).name;
  if (type.endsWith('Connection')) return { field: scans(type, args) ? MAX_UPSTREAM_PAGES : 1, multiplier: items(args.first) };
  if (field.name === 'nodes' && Array.isArray(args.ids)) return { field: args.ids.length, multiplier: args.ids.length };
  if (FETCHED.has(type)) return isList(field.type) ? { field: 1, multiplier: SCOPES_PER_LIST } : 1;
  return { field: 0, multiplier: 1 };
}

/** `_entities` is added by the federation plugin, outside the builder: each representation is a lookup. */
export function withEntityCost(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  if (entities) {
    const cost = (args: { representations?: unknown[] }): FieldComplexityValue => {
      const n = Array.isArray(args.representations) ? args.representations.length : 0;
      return { field: n, multiplier: n };
    };
    entities.extensions = { ...entities.extensions, complexity: cost };
  }
  return schema;
}

/**
 * Rejects an operation whose cost exceeds `maxCost` with QUERY_TOO_COSTLY (HTTP 400), before any
 * resolver runs. It runs per execution, not as a cached validation rule, because the cost
 * depends on the variables (`first`, `ids`, `representations`).
 */
export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const rule = createComplexityRule({
        context: args.contextValue as object,
        variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName,
        validate: ({ complexity }, report) => {
          if (complexity <= maxCost) return;
          report(
            new GraphQLError(`The operation may cause ${complexity} upstream calls; at most ${maxCost} are allowed. Ask for fewer items (first, ids) or split the operation.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost: complexity, maxCost, http: { status: 400 } },
            }),
          );
        },
      });
      try {
        // Other errors of this walk (variables that do not coerce) are execution's to report, as usual.
        const errors = validate(args.schema, args.document, [rule]).filter((e) => e.extensions.code === 'QUERY_TOO_COSTLY');
        if (errors.length > 0) setResultAndStopExecution({ errors });
      } catch (error) {
        // The walk found what execution reports anyway (an operation type the schema lacks).
        if (error instanceof PothosValidationError) return;
        // Reading the arguments failed (a malformed global ID): the operation cannot be costed, so
        // it does not run; the error is the one that field would have answered.
        if (!(error instanceof GatewayError)) throw error;
        setResultAndStopExecution({ errors: [new GraphQLError(error.message, { extensions: errorExtensions(error) })] });
      }
    },
  };
}
