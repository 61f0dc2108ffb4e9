// AWS STS (awsQuery, SigV4 `sts`): AssumeRole, so the SDK's own credential providers
// (`fromTemporaryCredentials`) work unmodified. The credentials it issues name the role's
// account: the other services serve that account's data to calls signed with them.
import { ROLE_ARN, type Accounts, type AssumedCredentials } from '../../accounts.js';
import { ServiceError, type ErrorKit } from '../../errors.js';
import { defineService, type SeedInput } from '../service.js';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** STS's codes; a role that does not exist or may not be assumed is AccessDenied, as AWS says. */
const errors: ErrorKit = {
  invalid: (message) => new ServiceError('ValidationError', 400, message),
  notFound: (message) => new ServiceError('AccessDenied', 403, message),
  fault: (fault) =>
    ({
      throttle: () => new ServiceError('Throttling', 400, 'Rate exceeded'),
      // No server error is modeled: an unmodeled 503, which the SDK retries.
      unavailable: () => new ServiceError('ServiceUnavailable', 503, 'Service is unavailable. Try again later.'),
      notFound: () => errors.notFound('The role does not exist.'),
      accessDenied: () => new ServiceError('AccessDenied', 403, 'You are not authorized to perform sts:AssumeRole.'),
    })[fault](),
};

const constraint = (value: string, member: string, rule: string) =>
  errors.invalid(`1 validation error detected: Value '${value.slice(0, 100)}' at '${member}' failed to satisfy constraint: Member must ${rule}`);

/** `emulator.data.sts`. */
export interface StsView {
  /** The account a call signed with this access key id acts in. */
  accountOf(accessKeyId: string): string;
}

export const sts = defineService({
  name: 'sts',
  title: 'STS',
  protocol: { kind: 'awsQuery', version: '2011-06-15', xmlns: XMLNS },
  auth: { scheme: 'sigv4', signingName: 'sts', frontEnd: 'apiGateway' },
  regions: 'global',
  errors,
  pageSizes: {},
  operations: {
    AssumeRole(params, ctx) {
      const roleArn = params.required('RoleArn');
      if (roleArn.length < 20 || roleArn.length > 2048) throw constraint(roleArn, 'roleArn', 'have length between 20 and 2048');
      if (!ROLE_ARN.test(roleArn)) throw errors.invalid(`${roleArn.slice(0, 100)} is invalid`);
      const sessionName = params.required('RoleSessionName');
      if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) throw constraint(sessionName, 'roleSessionName', 'satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64');
      const externalId = params.string('ExternalId');
      if (externalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) throw constraint(externalId, 'externalId', 'have length between 2 and 1224');
      const durationSeconds = params.int('DurationSeconds', 900, 43_200) ?? 3600;
      const callerArn = `arn:aws:iam::${ctx.data.accountOf(ctx.caller)}:user/${ctx.caller}`;
      const { credentials, assumedRoleArn, assumedRoleId } = ctx.data.assume({ roleArn, sessionName, externalId, durationSeconds }, callerArn, ctx.now().getTime());
      const result: { Credentials: AssumedCredentials; AssumedRoleUser: { AssumedRoleId: string; Arn: string } } = {
        Credentials: credentials,
        AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: assumedRoleArn },
      };
      return result;
    },
  },
  seed: (input: SeedInput): Accounts => input.accounts,
  view: (accounts): StsView => ({ accountOf: (key) => accounts.accountOf(key) }),
  kinds: {},
});
