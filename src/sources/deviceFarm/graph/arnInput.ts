// A Device Farm ARN from a caller, as an argument or inside a global ID: one shape for both, so an
// ARN accepted in one place is accepted in the other. Checked before any call.
import { badInput } from '../../../errors.js';
import { quoteInput } from '../../../untrusted.js';
import { isDeviceFarmArn } from '../arns.js';

export function deviceFarmArn(argument: string, value: string, resource: string): string {
  if (!isDeviceFarmArn(value, resource)) {
    throw badInput(`\`${argument}\` must be a Device Farm ${resource} ARN (arn:aws:devicefarm:<region>:<12-digit account>:${resource}:<id>), got ${quoteInput(value)}.`);
  }
  return value;
}

/** The local ID of a Device Farm type's global ID: its ARN. */
export function parseDeviceFarmArnId(typename: string, id: string, resource: string): string {
  if (!isDeviceFarmArn(id, resource)) throw badInput(`The ID is not a valid ${typename} ID; use the \`id\` of a ${typename} this gateway returned.`);
  return id;
}
