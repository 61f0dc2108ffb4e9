import { describe, expect, it } from 'vitest';
import { deviceFarmArn, parseDeviceFarmArnId } from '../../src/sources/deviceFarm/graph/arnInput.js';

const SESSION = 'arn:aws:devicefarm:us-west-2:123456789012:session:p/r/00000';

describe('a Device Farm ARN from a caller', () => {
  it('is one shape as an argument and inside a global ID', () => {
    const accepted = [SESSION, 'arn:aws-cn:devicefarm:cn-north-1:123456789012:session:p/r/00000'];
    const rejected = [
      'arn:aws:s3:::bucket',
      'arn:aws:devicefarm::123456789012:session:p/r/00000', // no region
      'arn:aws:devicefarm:us-west-2:123:session:p/r/00000000000', // not a 12-digit account
      'arn:aws:devicefarm:us-west-2:123456789012:project:p/r/00000', // another resource
      'arn:aws:devicefarm:us-west-2:123456789012:session:p/r 0', // a space
      'arn:aws:devicefarm:us-west-2:123456789012:session:p/r\u00010', // a control character
      `${SESSION}${'0'.repeat(1011 - SESSION.length + 1)}`, // longer than AWS allows
    ];
    for (const arn of accepted) {
      expect(deviceFarmArn('arn', arn, 'session')).toBe(arn);
      expect(parseDeviceFarmArnId('RemoteAccessSession', arn, 'session')).toBe(arn);
    }
    for (const arn of rejected) {
      expect(() => deviceFarmArn('arn', arn, 'session')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
      expect(() => parseDeviceFarmArnId('RemoteAccessSession', arn, 'session')).toThrow(/not a valid RemoteAccessSession ID/);
    }
  });

  it('is never echoed when long', () => {
    expect(() => deviceFarmArn('projectArn', 'x'.repeat(2000), 'project')).toThrow(/a value of 2000 characters/);
  });
});
