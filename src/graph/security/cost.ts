import { PothosValidationError } from '@pothos/core';
import { createComplexityRule, type FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, GraphQLError, isListType, isNonNullType, validate, type DocumentNode, type ExecutionArgs, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
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

/** What costing one (document, operation, variables) found: its cost, or that it cannot be costed. */
type Costed = { cost: number } | { uncostable: true };

/** Variable sets remembered per document; a key longer than this is costed every time, not kept. */
const COSTS_PER_DOCUMENT = 200;
const MAX_KEY_LENGTH = 2048;

/**
 * Rejects an operation whose cost exceeds `maxCost` with QUERY_TOO_COSTLY (HTTP 400), before any
 * resolver runs. It runs per execution, not as a cached validation rule, because the cost
 * depends on the variables (`first`, `ids`, `representations`); walking the operation is a tenth
 * of a cached feed page's CPU, so each cost is remembered per parsed document (yoga's parser cache
 * hands out one document per query text) and operation and variables: nothing else goes into it.
 */
export function useCostLimit(maxCost: number): Plugin {
  const costs = new WeakMap<DocumentNode, LRUCache<string, Costed>>();
  const tooCostly = (cost: number) =>
    new GraphQLError(`The operation may cause ${cost} upstream calls; at most ${maxCost} are allowed. Ask for fewer items (first, ids) or split the operation.`, {
      extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
    });

  function costOf(args: ExecutionArgs): Costed {
    let cost = 0;
    const rule = createComplexityRule({
      context: args.contextValue as object,
      variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
      operationName: args.operationName ?? undefined,
      // Called per operation walked: without an operationName, every operation in the document.
      validate: ({ complexity }) => {
        cost = Math.max(cost, complexity);
      },
    });
    try {
      validate(args.schema, args.document, [rule]);
      return { cost };
    } catch (error) {
      // The walk found what execution reports anyway (an operation type the schema lacks).
      if (error instanceof PothosValidationError) return { uncostable: true };
      throw error;
    }
  }

  /** The memo key, or undefined when the variables are too large (or nested too deep to write). */
  function keyOf(args: ExecutionArgs): string | undefined {
    try {
      const key = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
      return key.length > MAX_KEY_LENGTH ? undefined : key;
    } catch {
      return undefined;
    }
  }

  function remembered(args: ExecutionArgs): Costed {
    const key = keyOf(args);
    if (key === undefined) return costOf(args);
    let byVariables = costs.get(args.document);
    if (!byVariables) costs.set(args.document, (byVariables = new LRUCache({ max: COSTS_PER_DOCUMENT })));
    let costed = byVariables.get(key);
    if (!costed) byVariables.set(key, (costed = costOf(args)));
    return costed;
  }

  return {
    onExecute({ args, setResultAndStopExecution }) {
      try {
        const costed = remembered(args);
        if ('cost' in costed && costed.cost > maxCost) setResultAndStopExecution({ errors: [tooCostly(costed.cost)] });
      } catch (error) {
        // Reading the arguments failed (a malformed global ID): the operation cannot be costed, so
        // it does not run; the error is the one that field would have answered. Not remembered.
        if (!(error instanceof GatewayError)) throw error;
        setResultAndStopExecution({ errors: [new GraphQLError(error.message, { extensions: errorExtensions(error) })] });
      }
    },
  };
}
