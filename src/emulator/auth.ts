// Authorization is checked for shape only (signatures are not verified), but rejected the way
// each front end does, as the service declares it (services/service.ts `auth`):
// - coral awsJson front ends (Device Farm): auth failures are 400s with `__type`
//   (MissingAuthenticationTokenException, IncompleteSignatureException, and InvalidSignatureException
//   for a credential scoped to another service), with AWS's own wording.
// - API-Gateway-style restJson front ends (Nimble): the same names, all 403.
// - Bearer tokens (CodeCatalyst): a missing or malformed one is the modeled AccessDeniedException
//   (403), which is what the service answers to a bad session.
// A well-formed header names the caller the quotas charge: the access key id of a SigV4
// credential, or the bearer token; a SigV4 credential also names the region the call is for. A
// service that exists in some regions only refuses a credential scoped to another, as the
// endpoint of its region does (InvalidSignatureException).
import { ServiceError } from './errors.js';
import type { Auth, Regions } from './services/service.js';

const CREDENTIAL = /^([^/\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request$/;

export type Authorization = { caller: string; region?: string; error?: undefined } | { caller?: undefined; region?: undefined; error: ServiceError };

export function authorize(auth: Auth, regions: Regions, header: string | undefined): Authorization {
  return auth.scheme === 'bearer' ? checkBearer(header) : checkSigV4(auth, regions, header);
}

function checkSigV4({ signingName, frontEnd }: Extract<Auth, { scheme: 'sigv4' }>, regions: Regions, header: string | undefined): Authorization {
  const coral = frontEnd === 'coral';
  const status = coral ? 400 : 403;
  if (header === undefined || header.trim() === '') {
    return { error: new ServiceError('MissingAuthenticationTokenException', status, coral ? 'Request is missing Authentication Token' : 'Missing Authentication Token') };
  }
  const [scheme, ...rest] = header.trim().split(/\s+/);
  const credential = /(?:^|[\s,])Credential=([^,\s]+)/.exec(rest.join(' '))?.[1];
  const scope = credential === undefined ? null : CREDENTIAL.exec(credential);
  if (scheme !== 'AWS4-HMAC-SHA256' || !scope) {
    return { error: new ServiceError('IncompleteSignatureException', status, `Authorization header requires a 'Credential' parameter of the form <access key>/<yyyymmdd>/<region>/<service>/aws4_request. Authorization=${header}`) };
  }
  if (scope[4] !== signingName) {
    return { error: new ServiceError('InvalidSignatureException', status, `Credential should be scoped to correct service: '${signingName}'. `) };
  }
  const region = scope[3] as string;
  if (Array.isArray(regions) && !regions.includes(region)) {
    return { error: new ServiceError('InvalidSignatureException', status, `Credential should be scoped to a valid region, not '${region}'. `) };
  }
  return { caller: scope[1] as string, region };
}

function checkBearer(header: string | undefined): Authorization {
  const match = /^Bearer\s+(\S+)$/.exec(header?.trim() ?? '');
  if (!match) {
    return { error: new ServiceError('AccessDeniedException', 403, header ? 'The Authorization header must be a bearer token.' : 'The request has no bearer token.') };
  }
  return { caller: match[1] as string };
}
