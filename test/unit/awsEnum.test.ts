import { describe, expect, it } from 'vitest';
import { unknownEnumValues, type UnknownEnumValue } from '../../src/diagnostics.js';
import { awsEnum } from '../../src/graph/awsShapes.js';

describe('awsEnum', () => {
  it('passes known values, and serves a value AWS added later as null, reporting it once', () => {
    const { known } = awsEnum('TestOnlyColour', 'A colour.', { RED: 'Red.', BLUE: 'Blue.' });
    const reports: UnknownEnumValue[] = [];
    const listen = (message: unknown) => reports.push(message as UnknownEnumValue);
    unknownEnumValues.subscribe(listen);
    try {
      expect(known('RED')).toBe('RED');
      expect(known(undefined)).toBeNull();
      expect(known('GREEN')).toBeNull();
      expect(known('GREEN')).toBeNull();
      expect(reports).toEqual([{ type: 'TestOnlyColour', value: 'GREEN' }]);
    } finally {
      unknownEnumValues.unsubscribe(listen);
    }
  });
});
