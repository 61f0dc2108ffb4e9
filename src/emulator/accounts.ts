// The accounts the emulator serves, and the temporary credentials STS AssumeRole hands out. A
// call's account is its access key's: a key AssumeRole issued belongs to the role's account,
// any other key (the gateway's own, e.g. AKIDEXAMPLE) to the default account.
import { ServiceError } from './errors.js';
import { DEFAULT_ACCOUNT } from './seed/place.js';
import { hashString, mix, Random } from './seed/prng.js';
import { at } from './seed/time.js';

/** A role that may be assumed; with `externalId`, AssumeRole must pass exactly it. */
export interface RoleOption {
  /** `arn:aws:iam::<12-digit account>:role/<name>` */
  arn: string;
  externalId?: string;
}

export interface AssumedCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

export interface AssumeRequest {
  roleArn: string;
  sessionName: string;
  externalId: string | undefined;
  durationSeconds: number;
}

export const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,64})$/;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Keeps the credentials' draws apart from the seeded data's streams. */
const STREAM = hashString('sts');

const accessDenied = (message: string) => new ServiceError('AccessDenied', 403, message);

export class Accounts {
  /** Issued access key id → the role's account. */
  private readonly keys = new Map<string, string>();
  private issued = 0;

  /** `roles` undefined: any well-formed role ARN may be assumed, with any external ID or none. */
  constructor(
    private readonly seed: number,
    private readonly roles: readonly RoleOption[] | undefined,
  ) {}

  /** The account a call with this access key id acts in. */
  accountOf(accessKeyId: string): string {
    return this.keys.get(accessKeyId) ?? DEFAULT_ACCOUNT;
  }

  /**
   * AssumeRole at `now` (world epoch ms). The caller may assume a configured role (with its
   * external ID, when it has one); AccessDenied otherwise, in STS's words.
   */
  assume(request: AssumeRequest, callerArn: string, now: number): { credentials: AssumedCredentials; assumedRoleArn: string; assumedRoleId: string } {
    const match = ROLE_ARN.exec(request.roleArn);
    const account = match?.[1] as string;
    const denied = () => accessDenied(`User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${request.roleArn}`);
    if (!match) throw denied();
    if (this.roles !== undefined) {
      const role = this.roles.find((r) => r.arn === request.roleArn);
      if (!role || (role.externalId !== undefined && role.externalId !== request.externalId)) throw denied();
    }
    const rng = new Random(mix(this.seed, STREAM, this.issued++));
    const chars = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('');
    const AccessKeyId = `ASIA${chars(BASE32, 16)}`;
    this.keys.set(AccessKeyId, account);
    const roleName = match[3] as string;
    return {
      credentials: {
        AccessKeyId,
        SecretAccessKey: chars(`${BASE32}abcdefghijklmnopqrstuvwxyz+/`, 40),
        SessionToken: `FwoGZXIvYXdzE${chars(`${BASE32}abcdefghijklmnopqrstuvwxyz`, 300)}`,
        Expiration: at(now + request.durationSeconds * 1000),
      },
      assumedRoleArn: `arn:aws:sts::${account}:assumed-role/${roleName}/${request.sessionName}`,
      assumedRoleId: `AROA${chars(BASE32, 17)}:${request.sessionName}`,
    };
  }
}

/** Checks the `roles` option. */
export function validRoles(input: unknown): RoleOption[] | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) throw new TypeError('roles must be a list of {arn, externalId?}.');
  return input.map((role: unknown, n) => {
    const { arn, externalId, ...rest } = (role ?? {}) as Record<string, unknown>;
    if (typeof arn !== 'string' || !ROLE_ARN.test(arn) || Object.keys(rest).length > 0) {
      throw new TypeError(`roles[${n}] must be {arn: "arn:aws:iam::<12-digit account>:role/<name>", externalId?: "<2 to 1224 characters>"}.`);
    }
    if (externalId !== undefined && (typeof externalId !== 'string' || externalId.length < 2 || externalId.length > 1224)) {
      throw new TypeError(`roles[${n}].externalId must be a string of 2 to 1224 characters.`);
    }
    return { arn, ...(externalId !== undefined && { externalId }) };
  });
}
