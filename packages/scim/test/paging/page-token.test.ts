import { describe, expect, it } from 'vitest';
import { BatonError } from '@baton-scim/core';
import { decodePageToken, encodePageToken } from '../../src/paging/page-token.js';

describe('page tokens', () => {
  it('round-trips index and cursor state', () => {
    const index = { kind: 'index', startIndex: 101, pages: 1, first: ['a'], previous: ['b'], listed: 99, repeated: 1, totalWrong: true, widest: 100, reread: 0 } as const;
    const rereading = { ...index, totalWrong: false, widest: 7, reread: 7 } as const;
    const cursor = { kind: 'cursor', cursor: 'abc==', pages: 4, previous: [] } as const;
    expect(decodePageToken(encodePageToken(index), 'index')).toEqual(index);
    expect(decodePageToken(encodePageToken(rereading), 'index')).toEqual(rereading);
    expect(decodePageToken(encodePageToken(cursor), 'cursor')).toEqual(cursor);
    expect(decodePageToken('', 'index')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"v":1,', /not JSON/],
    ['another version', '{"v":2,"k":"i","s":1,"n":0,"f":[],"p":[]}', /version 2, expected 1/],
    ['a zero startIndex', '{"v":1,"k":"i","s":0,"n":0,"f":[],"p":[]}', /not an index-paging token/],
    ['a cursor token', '{"v":1,"k":"c","c":"x","n":0,"p":[]}', /not an index-paging token/],
    ['an array', '[1]', /not an object/],
    ['ids that are not strings', '{"v":1,"k":"i","s":1,"n":0,"f":[],"p":[1]}', /missing page count or ids/],
  ])('rejects %s as invalid-argument', (_name, token, why) => {
    let caught: unknown;
    try {
      decodePageToken(token, 'index');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BatonError);
    expect((caught as BatonError).code).toBe('invalid-argument');
    expect((caught as BatonError).message).toMatch(why);
    expect((caught as BatonError).message).toContain('start the listing again from an empty token');
  });
});
