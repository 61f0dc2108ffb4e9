// Device Farm ARNs name their account, region and project: the scope policies name, the account
// a call goes to, and the scope a stop invalidates.
import type { Access } from '../../auth/access.js';

const shapes = new Map<string, RegExp>();

/**
 * Whether `value` is a Device Farm ARN of `resource` as AWS writes them: 32 to 1011 characters (the
 * AWS limits), a region and a 12-digit account (where its calls go, see accountOfArn), and an ID
 * of printable characters (no space or control character).
 */
export function isDeviceFarmArn(value: string, resource: string): boolean {
  let shape = shapes.get(resource);
  if (!shape) shapes.set(resource, (shape = new RegExp(`^arn:aws[a-z-]*:devicefarm:[a-z0-9-]+:\\d{12}:${resource}:[!-~]+$`)));
  return value.length >= 32 && value.length <= 1011 && shape.test(value);
}

/**
 * The project ARN a Device Farm ARN belongs to: `…:session:<projectId>/<run>/<n>` to
 * `…:project:<projectId>`, `…:testgrid-session:<projectId>/<id>` to `…:testgrid-project:<projectId>`;
 * a project ARN is its own scope. Null for anything else.
 */
export function deviceFarmScopeOf(arn: string): string | null {
  const match = /^(arn:[^:]+:devicefarm:[^:]*:[^:]*):(session|testgrid-session|project|testgrid-project):([^/]+)/.exec(arn);
  if (!match) return null;
  const parent = match[2] === 'session' || match[2] === 'project' ? 'project' : 'testgrid-project';
  return `${match[1]}:${parent}:${match[3]}`;
}

/** Whether a Device Farm session or project ARN is in a visible scope. */
export const allowsDeviceFarmArn = (access: Access, arn: string): boolean => {
  if (access.all) return true;
  const scope = deviceFarmScopeOf(arn);
  return scope !== null && access.allows('deviceFarm', scope);
};

/** The account number a Device Farm ARN names, or '' for none. */
export const accountOfArn = (arn: string): string => /^arn:[^:]+:devicefarm:[^:]*:(\d{12}):/.exec(arn)?.[1] ?? '';
