// Hostile requests, as data: what an attacker, a fuzzer or a broken client sends, and what the
// gateway must answer. Every one is refused before any upstream call (corpus.test.ts checks the
// emulator's request log), with its HTTP status and `extensions.code`.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { cursorKey, listFingerprint } from '../../src/graph/connections/cursor.js';
import { encodeFeedCursor } from '../../src/graph/connections/feedCursor.js';
import { filterFingerprint, parseFeedFilter } from '../../src/graph/feed/filter.js';

/** Values a case may need from a live gateway: real scopes, and cursors it issued. */
export interface Fixtures {
  projectArn: string;
  studioId: string;
  /** `endCursor` of `sessions(first: 2)` and of `remoteAccessSessions(projectArn, first: 2)`. */
  feedCursor: string;
  apiCursor: string;
}

export interface HostileRequest {
  method?: 'GET' | 'POST';
  /** Appended to the endpoint, e.g. `?query=…`. */
  search?: string;
  headers?: Record<string, string>;
  body?: string | ReadableStream<Uint8Array>;
}

export interface HostileCase {
  name: string;
  request: (f: Fixtures) => HostileRequest;
  status: number;
  code: string;
  /** The message says what to do about it. */
  message?: RegExp;
  /** Extensions the first error must carry besides its code (e.g. the computed cost). */
  extensions?: Record<string, unknown>;
}

const json = (body: unknown): HostileRequest => ({ body: JSON.stringify(body) });
const gql = (query: string, variables?: Record<string, unknown>): HostileRequest => json({ query, variables });
const b64 = (text: string) => Buffer.from(text).toString('base64');
const huge = (n: number, c = 'x') => c.repeat(n);
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const INJECTION = 'x\n[ERROR] forged log line \u001b[31mred\u001b[0m';
const STREAMING_ID = b64('StreamingSession:["stid-1","ss-1"]');

/** A signed cursor with its payload swapped for another (the signature no longer fits). */
function reSigned(cursor: string, payload: Buffer): string {
  return Buffer.concat([Buffer.from(cursor, 'base64url').subarray(0, 12), payload]).toString('base64url');
}
const feedPayload = (cursor: string) => {
  return JSON.parse(inflateRawSync(Buffer.from(cursor, 'base64url').subarray(12)).toString()) as [string, string, Record<string, { t: string | null; i: number } | null>];
};

const streamingBody = (bytes: number): ReadableStream<Uint8Array> => {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new TextEncoder().encode(sent === 0 ? `{"query":"{ __typename }","pad":"` : huge(64 * 1024));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
};

const badRequest = { status: 400, code: 'BAD_REQUEST' };
const badInput = { status: 200, code: 'BAD_USER_INPUT' };
const rejected = { status: 400, code: 'BAD_USER_INPUT' };
const invalid = { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' };
const costly = { status: 400, code: 'QUERY_TOO_COSTLY' };
const csrf = { status: 403, code: 'CSRF_REJECTED' };

export const corpus: HostileCase[] = [
  // The HTTP request itself.
  { name: 'a 300 KB body', request: () => gql(`{ __typename } # ${huge(300 * 1024)}`), status: 413, code: 'REQUEST_ENTITY_TOO_LARGE', message: /larger than the 262144 bytes .*MAX_REQUEST_BYTES/ },
  { name: 'a 20 MB body', request: () => gql(`{ __typename } # ${huge(20 * 1024 * 1024)}`), status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
  { name: 'a 1 MB body streamed without a length', request: () => ({ body: streamingBody(1024 * 1024) }), status: 413, code: 'REQUEST_ENTITY_TOO_LARGE', message: /MAX_REQUEST_BYTES/ },
  { name: 'an XML body', request: () => ({ headers: { 'content-type': 'application/xml' }, body: '<query>{ __typename }</query>' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: /send it as JSON/ },
  { name: 'a 10,000-character Content-Encoding', request: () => ({ headers: { 'content-encoding': `gzip, ${huge(10_000)}` }, body: '{}' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: /a value of 10006 characters/ },
  { name: 'malformed JSON', request: () => ({ body: '{"query": "{ __typename }"' }), ...badRequest },
  { name: 'JSON cut off in a string', request: () => ({ body: '{"query": "{ __typ' }), ...badRequest },
  { name: 'a JSON body that is null', request: () => ({ body: 'null' }), ...badRequest },
  { name: 'a JSON body that is a number', request: () => ({ body: '42' }), ...badRequest },
  { name: 'a batch of operations', request: () => ({ body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }), ...badRequest },
  { name: 'a query that is not a string', request: () => json({ query: 42 }), ...badRequest },
  { name: 'variables that are not an object', request: () => json({ query: '{ __typename }', variables: 'x' }), ...badRequest },
  { name: 'an unknown request parameter', request: () => json({ query: '{ __typename }', debug: true }), ...badRequest },
  { name: 'no query', request: () => json({}), ...badRequest },
  { name: 'a form POST without a CSRF header', request: () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }), ...csrf },
  { name: 'a text/plain POST without a CSRF header', request: () => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) }), ...csrf },
  { name: 'a multipart POST without a CSRF header', request: () => ({ headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' }), ...csrf },
  { name: 'a GET without a CSRF header', request: () => ({ method: 'GET', search: `?query=${encodeURIComponent('{ sessions(first: 1) { edges { cursor } } }')}` }), ...csrf },

  // The document, before it is parsed.
  { name: '30,000 tokens', request: () => gql(`{ ${huge(30_000, 'a ')}}`), ...rejected, message: /more than 5000 tokens/ },
  { name: '5,000 nested selections', request: () => gql(`{ ${huge(5000, 'a { ')}b${huge(5000, ' }')} }`), ...rejected, message: /nests .* more than 32 deep/ },
  { name: 'a list literal nested 2,400 deep', request: () => gql(`{ nodes(ids: ${huge(2400, '[')}"x"${huge(2400, ']')}) { id } }`), ...rejected, message: /nests/ },
  { name: 'an object literal nested 2,400 deep', request: () => gql(`{ sessions(filter: ${huge(2400, '{ kinds: ')}1${huge(2400, ' }')}) { edges { cursor } } }`), ...rejected, message: /nests/ },
  { name: '100,000 unclosed brackets', request: () => gql(`{ nodes(ids: ${huge(100_000, '[')}`), ...rejected, message: /nests/ },
  { name: '10,000 unclosed braces', request: () => gql(huge(10_000, '{')), ...rejected, message: /nests/ },
  { name: 'a syntax error', request: () => gql('{ sessions(first: 1) { edges } '), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a syntax error at a 100 KB name', request: () => gql(`{ sessions(first: 1) ${huge(100_000, 'n')}`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },

  // The operation's shape.
  { name: 'depth 13', request: () => gql(`{ sessions { edges { node { ... on StreamingSession { studio { streamingSessions { edges { node { studio { streamingSessions { edges { node { studio { studioId } } } } } } } } } } } } } }`), ...rejected, message: /depth limit of 12/ },
  { name: 'depth 13 through fragments', request: () => gql(`{ ...A } fragment A on Query { sessions { edges { node { ...B } } } } fragment B on StreamingSession { studio { streamingSessions { edges { node { ...C } } } } } fragment C on StreamingSession { studio { streamingSessions { edges { node { studio { studioId } } } } } }`), ...rejected, message: /depth limit/ },
  { name: '31 aliases', request: () => gql(`{ ${aliases(31, 'studios { studioId }')} }`), ...rejected, message: /Aliases limit of 30/ },
  { name: '51 directives', request: () => gql(`{ ${huge(51, '__typename @include(if: true) ')}}`), ...rejected, message: /Directives limit of 50/ },
  { name: 'a fragment cycle', request: () => gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), ...invalid },
  { name: 'an unknown field with a 100 KB name', request: () => gql(`{ ${huge(100_000, 'f')} }`), ...invalid },
  { name: 'an Int literal beyond 32 bits', request: () => gql('{ sessions(first: 99999999999999999999) { edges { cursor } } }'), ...invalid },
  { name: 'an unknown mutation', request: () => gql('mutation { stopEverything }'), ...invalid, message: /Cannot query field "stopEverything" on type "Mutation"/ },
  { name: 'two anonymous operations', request: () => gql('{ __typename } { __typename }'), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'an operation name that is not in the document', request: () => json({ query: 'query A { __typename }', operationName: 'B' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'a deeply nested introspection', request: () => gql(`{ __schema { types { ${huge(40, 'ofType { ')}name${huge(40, ' }')} } } }`), ...rejected, message: /nests/ },

  // Variables.
  { name: 'a 100 KB string where an Int goes', request: () => gql('query($f: Int) { sessions(first: $f) { edges { cursor } } }', { f: huge(100_000) }), ...rejected },
  { name: 'a variable nested 10,000 lists deep', request: () => ({ body: `{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${huge(10_000, '[')}${huge(10_000, ']')}}}` }), ...rejected },
  { name: 'an unknown enum value in a variable', request: () => gql('query($k: [SessionKind!]) { sessions(filter: { kinds: $k }) { edges { cursor } } }', { k: ['STREAMIN'] }), ...rejected },
  { name: 'a 100 KB date', request: () => gql('query($d: DateTime) { sessions(filter: { createdAfter: $d }) { edges { cursor } } }', { d: huge(100_000, '9') }), ...rejected },

  // Cost: the upstream calls an operation may cause.
  { name: '11 aliased feeds', request: () => gql(`{ ${aliases(11, 'sessions(first: 1) { edges { cursor } }')} }`), ...costly, extensions: { cost: 1100, maxCost: 1000 } },
  { name: '11 aliased scans', request: (f) => gql(`{ ${aliases(11, `streamingSessions(studioId: "${f.studioId}", ownedBy: "someone") { edges { cursor } }`)} }`), ...costly, extensions: { cost: 1100 } },
  { name: '30 × nodes of 100 IDs', request: () => gql(`query($ids: [ID!]!) { ${aliases(30, 'nodes(ids: $ids) { id }')} }`, { ids: Array(100).fill(STREAMING_ID) }), ...costly, extensions: { cost: 3000 } },
  { name: '_entities with 2,000 references', request: () => gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on StreamingSession { id } } }', { r: Array(2000).fill({ __typename: 'StreamingSession', id: STREAMING_ID }) }), ...costly, extensions: { cost: 2000 } },
  { name: 'a related object per item of 100, in every studio', request: () => gql('{ studios { streamingSessions(first: 100) { edges { node { studio { studioId } launchProfile { name } streamingImage { name } } } } } }'), ...costly, extensions: { cost: 3011 } },
  { name: 'three feeds of 100 with four related objects each, in a fragment', request: () => gql(`{ ...F } fragment F on Query { ${aliases(3, 'sessions(first: 100) { edges { node { ... on StreamingSession { studio { studioId } launchProfile { name } streamingImage { name } } ... on DevEnvironmentSession { devEnvironment { id } } } } }')} }`), ...costly },

  // Arguments AWS would refuse (checked before any call; never echoed when long).
  { name: 'a 200 KB project ARN', request: () => gql(`{ remoteAccessSessions(projectArn: "${huge(200_000)}") { edges { cursor } } }`), ...badInput, message: /a value of 200000 characters/ },
  { name: 'a project ARN one character too long', request: (f) => gql(`{ remoteAccessSessions(projectArn: "${f.projectArn}${huge(1012 - f.projectArn.length)}") { edges { cursor } } }`), ...badInput },
  { name: 'a project ARN with a newline and terminal codes', request: (f) => gql('query($a: String!) { remoteAccessSessions(projectArn: $a) { edges { cursor } } }', { a: `${f.projectArn}${INJECTION}` }), ...badInput },
  { name: 'a studio ID of 257 characters', request: () => gql(`{ streamingSessions(studioId: "${huge(257)}") { edges { cursor } } }`), ...badInput },
  { name: 'a studio ID with a newline and terminal codes', request: () => gql('query($s: String!) { streamingSessions(studioId: $s) { edges { cursor } } }', { s: INJECTION }), ...badInput },
  { name: 'an owner of 10,000 characters', request: (f) => gql(`{ streamingSessions(studioId: "${f.studioId}", ownedBy: "${huge(10_000)}") { edges { cursor } } }`), ...badInput },
  { name: '1,000 session IDs', request: (f) => gql('query($s: String!, $ids: [String!]) { streamingSessions(studioId: $s, sessionIds: $ids) { edges { cursor } } }', { s: f.studioId, ids: Array(1000).fill('ss-1') }), ...badInput },
  { name: 'a space name of 64 characters', request: () => gql(`{ devEnvironmentSessions(spaceName: "${huge(64, 's')}", projectName: "proj", devEnvironmentId: "00000000-0000-0000-0000-000000000000") { edges { cursor } } }`), ...badInput },
  { name: 'a dev environment ID that is not a UUID', request: () => gql(`{ devEnvironmentSessions(spaceName: "space", projectName: "proj", devEnvironmentId: "${huge(5000, '0')}") { edges { cursor } } }`), ...badInput },
  { name: 'first: -1', request: () => gql('{ sessions(first: -1) { edges { cursor } } }'), ...badInput, message: /from 0 to 100/ },
  { name: 'first: 2147483647', request: (f) => gql(`{ remoteAccessSessions(projectArn: "${f.projectArn}", first: 2147483647) { edges { cursor } } }`), ...badInput, message: /from 0 to 100/ },
  { name: 'nodes with 101 IDs', request: () => gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(STREAMING_ID) }), ...badInput, message: /at most 100 IDs/ },
  { name: 'a 200 KB global ID', request: () => gql(`{ node(id: "${huge(200_000, 'A')}") { id } }`), ...badInput },
  { name: 'a global ID naming a 100 KB type', request: () => gql(`{ node(id: "${b64(`${huge(100_000, 'T')}:x`)}") { id } }`), ...badInput },
  { name: 'a global ID with terminal codes in its parts', request: () => gql(`{ node(id: "${b64(`NimbleStudio:${INJECTION}`)}") { id } }`), ...badInput },
  { name: 'an empty kinds filter', request: () => gql('{ sessions(filter: { kinds: [] }) { edges { cursor } } }'), ...badInput },
  { name: 'a time range that ends before it starts', request: () => gql('{ sessions(filter: { createdAfter: "2026-02-01T00:00:00Z", createdBefore: "2026-01-01T00:00:00Z" }) { edges { cursor } } }'), ...badInput },
  { name: 'a representation naming a 100 KB type', request: () => gql('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: [{ __typename: huge(100_000, 'T'), id: STREAMING_ID }] }), ...badInput },

  // Cursors.
  { name: 'a garbage cursor', request: () => gql('{ sessions(after: "garbage") { edges { cursor } } }'), ...badInput },
  { name: 'a 200 KB cursor', request: () => gql(`{ sessions(after: "${huge(200_000, 'A')}") { edges { cursor } } }`), ...badInput },
  { name: 'a feed cursor with a forged page token', request: (f) => {
    const [version, tag, position] = feedPayload(f.feedCursor);
    const forged = Object.fromEntries(Object.entries(position).map(([key, s]) => [key, s && { ...s, t: 'forged-token' }]));
    return gql(`{ sessions(after: "${reSigned(f.feedCursor, deflateRawSync(JSON.stringify([version, tag, forged])))}") { edges { cursor } } }`);
  }, ...badInput, message: /altered/ },
  { name: 'a feed cursor signed with another secret', request: (f) => {
    const otherGateway = listFingerprint(cursorKey('the secret of another deployment, 32+ characters'), ['sessions', filterFingerprint(parseFeedFilter(null))]);
    return gql(`{ sessions(after: "${encodeFeedCursor(otherGateway, feedPayload(f.feedCursor)[2])}") { edges { cursor } } }`);
  }, ...badInput, message: /another CURSOR_SECRET/ },
  { name: 'a feed cursor for another filter', request: (f) => gql(`{ sessions(after: "${f.feedCursor}", filter: { kinds: [STREAMING] }) { edges { cursor } } }`), ...badInput, message: /different `filter`/ },
  { name: 'a feed cursor that inflates to 10 MB', request: (f) => gql(`{ sessions(after: "${reSigned(f.feedCursor, deflateRawSync(Buffer.alloc(10 * 1024 * 1024, 32)))}") { edges { cursor } } }`), ...badInput },
  { name: 'a cursor with a forged page token', request: (f) => {
    const [version, tag, , index, id] = JSON.parse(Buffer.from(f.apiCursor, 'base64url').subarray(12).toString()) as unknown[];
    return gql(`{ remoteAccessSessions(projectArn: "${f.projectArn}", after: "${reSigned(f.apiCursor, Buffer.from(JSON.stringify([version, tag, 'forged-token', index, id])))}") { edges { cursor } } }`);
  }, ...badInput, message: /altered/ },
  { name: 'an unsigned cursor of the old format', request: (f) => gql(`{ remoteAccessSessions(projectArn: "${f.projectArn}", after: "${Buffer.from(JSON.stringify(['c1', 'x', 'token', 0, 'id'])).toString('base64url')}") { edges { cursor } } }`), ...badInput },
  { name: 'a feed cursor passed to another list', request: (f) => gql(`{ remoteAccessSessions(projectArn: "${f.projectArn}", after: "${f.feedCursor}") { edges { cursor } } }`), ...badInput },
];
