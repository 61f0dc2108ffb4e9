// Authorization is checked for shape only (signatures are not verified), but rejected the way
// each front end does:
// - Device Farm sits behind coral's awsJson front end: auth failures are 400s with `__type`
//   (MissingAuthenticationTokenException, IncompleteSignatureException, and InvalidSignatureException
//   for a credential scoped to another service), with AWS's own wording.
// - Nimble sits behind an API-Gateway-style restJson front end: the same names, all 403.
// - CodeCatalyst takes a bearer token; a missing or malformed one is its modeled
//   AccessDeniedException (403), which is what the service answers to a bad session.
// A well-formed header names the caller the quotas charge: the access key id of a SigV4
// credential, or the bearer token.
import { ServiceError } from './errors.js';
import type { ServiceName } from './types.js';

const SIGNING_NAMES: Partial<Record<ServiceName, string>> = { deviceFarm: 'devicefarm', nimble: 'nimble' };
const CREDENTIAL = /^([^/\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request$/;

export type Authorization = { caller: string; error?: undefined } | { caller?: undefined; error: ServiceError };

export function authorize(service: ServiceName, header: string | undefined): Authorization {
  return service === 'codeCatalyst' ? checkBearer(header) : checkSigV4(service, header);
}

function checkSigV4(service: ServiceName, header: string | undefined): Authorization {
  const status = service === 'deviceFarm' ? 400 : 403;
  if (header === undefined || header.trim() === '') {
    return { error: new ServiceError('MissingAuthenticationTokenException', status, service === 'deviceFarm' ? 'Request is missing Authentication Token' : 'Missing Authentication Token') };
  }
  const [scheme, ...rest] = header.trim().split(/\s+/);
  const credential = /(?:^|[\s,])Credential=([^,\s]+)/.exec(rest.join(' '))?.[1];
  const scope = credential === undefined ? null : CREDENTIAL.exec(credential);
  if (scheme !== 'AWS4-HMAC-SHA256' || !scope) {
    return { error: new ServiceError('IncompleteSignatureException', status, `Authorization header requires a 'Credential' parameter of the form <access key>/<yyyymmdd>/<region>/<service>/aws4_request. Authorization=${header}`) };
  }
  const signingName = SIGNING_NAMES[service] as string;
  if (scope[4] !== signingName) {
    return { error: new ServiceError('InvalidSignatureException', status, `Credential should be scoped to correct service: '${signingName}'. `) };
  }
  return { caller: scope[1] as string };
}

function checkBearer(header: string | undefined): Authorization {
  const match = /^Bearer\s+(\S+)$/.exec(header?.trim() ?? '');
  if (!match) {
    return { error: new ServiceError('AccessDeniedException', 403, header ? 'The Authorization header must be a bearer token.' : 'The request has no bearer token.') };
  }
  return { caller: match[1] as string };
}
