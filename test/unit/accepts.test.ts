// The Accept check that refuses a 406 before an operation runs reads the header as yoga does.
import { describe, expect, it } from 'vitest';
import { accepts } from '../../src/graph/security/mediaTypes.js';

const ANSWERED = ['application/graphql-response+json', 'application/json', 'text/event-stream', 'multipart/mixed'];

describe('accepts', () => {
  it.each([
    [null, true],
    ['*/*', true],
    ['application/*', true],
    ['text/html, application/xhtml+xml, */*;q=0.8', true],
    ['Application/JSON', true],
    ['application/json; charset=utf-8', true],
    ['multipart/mixed;deferSpec=20220824', true],
    ['image/png', false],
    ['application/xml, text/html', false],
    ['application/json; charset=iso-8859-1', false],
    ['*', false],
    ['', false],
  ])('Accept %j → %s', (accept, expected) => {
    expect(accepts(accept, ANSWERED)).toBe(expected);
  });

  it('matches only what is offered', () => {
    expect(accepts('application/json', ['text/event-stream'])).toBe(false);
    expect(accepts('text/*', ['text/event-stream'])).toBe(true);
  });
});
