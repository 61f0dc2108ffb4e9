import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessOf } from '../../src/auth/access.js';
import { deviceFarmScopeOf } from '../../src/sources/deviceFarm/arns.js';
import { rulesFor } from '../../src/auth/policy.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 's'.repeat(32);
const PROJECT = 'arn:aws:devicefarm:us-west-2:123456789012:project:0a1b2c3d-0000-4000-8000-000000000000';
const POLICY = JSON.stringify({
  claim: 'roles',
  rules: [
    { group: 'artists', sources: { nimble: ['stid-a'] } },
    { group: 'qa', sources: { deviceFarm: [PROJECT] }, stop: true },
    { group: '*', sources: { codeCatalyst: ['shared-space'] } },
  ],
});

describe('auth configuration', () => {
  it('is off by default', () => {
    expect(loadConfig({}).auth).toEqual({ mode: 'none' });
  });

  it('reads jwt mode with a shared secret, issuer, audience and an inline policy', () => {
    const auth = loadConfig({ AUTH_MODE: 'jwt', AUTH_JWT_SECRET: SECRET, AUTH_JWT_ISSUER: 'https://idp/', AUTH_JWT_AUDIENCE: 'gw', AUTH_POLICY: POLICY }).auth;
    expect(auth).toMatchObject({ mode: 'jwt', secret: SECRET, issuer: 'https://idp/', audience: 'gw', policy: { claim: 'roles' } });
  });

  it('reads jwt mode with a JWKS URL and a policy file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policy.json');
    writeFileSync(file, POLICY);
    const auth = loadConfig({ AUTH_MODE: 'jwt', AUTH_JWKS_URL: 'https://idp.example.com/.well-known/jwks.json', AUTH_POLICY_FILE: file }).auth;
    expect(auth).toMatchObject({ mode: 'jwt', jwksUrl: 'https://idp.example.com/.well-known/jwks.json' });
  });

  it('takes a plain http JWKS URL on this machine only, IPv6 loopback included', () => {
    for (const url of ['http://localhost:8080/jwks', 'http://127.0.0.1:8080/jwks', 'http://[::1]:8080/jwks']) {
      expect(loadConfig({ AUTH_MODE: 'jwt', AUTH_JWKS_URL: url, AUTH_POLICY: POLICY }).auth).toMatchObject({ jwksUrl: url });
    }
  });

  it('reads header mode, lower-casing the header name', () => {
    expect(loadConfig({ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'X-User-Groups', AUTH_POLICY: POLICY }).auth).toMatchObject({ mode: 'header', header: 'x-user-groups' });
  });

  it.each([
    [{ AUTH_MODE: 'oauth' }, 'AUTH_MODE must be one of none, jwt, header, got "oauth".'],
    [{ AUTH_MODE: 'jwt', AUTH_POLICY: POLICY }, 'AUTH_MODE=jwt needs exactly one of AUTH_JWT_SECRET (HS256) and AUTH_JWKS_URL.'],
    [{ AUTH_MODE: 'jwt', AUTH_JWT_SECRET: 'short', AUTH_POLICY: POLICY }, 'AUTH_JWT_SECRET must be at least 32 characters long.'],
    [{ AUTH_MODE: 'jwt', AUTH_JWKS_URL: 'http://idp.example.com/jwks', AUTH_POLICY: POLICY }, 'AUTH_JWKS_URL must be an https:// URL (http:// only for localhost), got "http://idp.example.com/jwks".'],
    [{ AUTH_MODE: 'jwt', AUTH_JWKS_URL: 'https://gateway:secretpw@idp.example.com/jwks', AUTH_POLICY: POLICY }, 'AUTH_JWKS_URL must not hold a user name or password (a key set is public), got "https://***@idp.example.com/jwks".'],
    [{ AUTH_MODE: 'jwt', AUTH_JWT_SECRET: SECRET }, 'AUTH_POLICY or AUTH_POLICY_FILE must be set when AUTH_MODE=jwt, since without a policy every caller sees nothing.'],
    [{ AUTH_MODE: 'header', AUTH_POLICY: POLICY }, "AUTH_TRUSTED_HEADER must name the header the router forwards the caller's groups in when AUTH_MODE=header, e.g. x-user-groups."],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'authorization', AUTH_POLICY: POLICY }, 'AUTH_TRUSTED_HEADER must be a header name such as x-user-groups (letters, digits and dashes), got "authorization".'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: '{rules' }, 'AUTH_POLICY must be valid JSON.'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: '[]' }, 'AUTH_POLICY must be a JSON object with a "rules" list.'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY_FILE: '/nonexistent/policy.json' }, 'AUTH_POLICY_FILE must name a readable file, got "/nonexistent/policy.json".'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: POLICY, AUTH_POLICY_FILE: '/p.json' }, 'Set AUTH_POLICY or AUTH_POLICY_FILE, not both.'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: '{"rules":[{"group":"a","sources":{"s3":["*"]}}]}' }, 'AUTH_POLICY rules[0].sources must be keyed by deviceFarm, nimble, codeCatalyst, systemsManager, got "s3".'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: '{"rules":[{"group":"a","sources":{"deviceFarm":["proj-1"]}}]}' }, 'AUTH_POLICY rules[0].sources.deviceFarm must list Device Farm project or test grid project ARNs or "*", got "proj-1".'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: '{"rules":[{"group":"a","sources":{},"stop":"yes"}]}' }, 'AUTH_POLICY rules[0].stop must be true or false.'],
    [{ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: '{"rules":[{"sources":{}}]}' }, 'AUTH_POLICY rules[0].group must be a non-empty string.'],
  ])('%o is refused with one sentence', (env, sentence) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(sentence));
  });

  it('never repeats the secret in a message', () => {
    expect(() => loadConfig({ AUTH_MODE: 'jwt', AUTH_JWT_SECRET: 'hunter2', AUTH_POLICY: POLICY })).toThrow(/^(?!.*hunter2)/);
  });
});

describe('access from the policy', () => {
  const policy = () => {
    const auth = loadConfig({ AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g', AUTH_POLICY: POLICY }).auth;
    if (auth.mode === 'none') throw new Error('unreachable');
    return auth.policy;
  };

  it('grants the union of the rules matching the groups, and `*` rules to everyone', () => {
    const access = accessOf(rulesFor(policy(), ['artists']));
    expect(access.allows('nimble', 'stid-a')).toBe(true);
    expect(access.allows('nimble', 'stid-b')).toBe(false);
    expect(access.allows('codeCatalyst', 'shared-space')).toBe(true);
    expect(access.source('deviceFarm')).toBe(false);
    expect(access.all).toBe(false);
    expect(access.mayStop('nimble', 'stid-a')).toBe(false);
  });

  it('exposes `stop` per scope', () => {
    const access = accessOf(rulesFor(policy(), ['qa']));
    expect(access.mayStop('deviceFarm', PROJECT)).toBe(true);
    expect(access.mayStop('codeCatalyst', 'shared-space')).toBe(false);
  });

  it('denies everything to a principal whom no rule names', () => {
    const access = accessOf([]);
    expect([access.source('nimble'), access.allows('nimble', 'stid-a'), access.all]).toEqual([false, false, false]);
  });

  it("finds a Device Farm session's project", () => {
    const base = 'arn:aws:devicefarm:us-west-2:123456789012';
    expect(deviceFarmScopeOf(`${base}:session:p1/r1/00000`)).toBe(`${base}:project:p1`);
    expect(deviceFarmScopeOf(`${base}:testgrid-session:p2/s1`)).toBe(`${base}:testgrid-project:p2`);
    expect(deviceFarmScopeOf(`${base}:project:p1`)).toBe(`${base}:project:p1`);
    expect(deviceFarmScopeOf('arn:aws:s3:::bucket')).toBeNull();
  });
});
