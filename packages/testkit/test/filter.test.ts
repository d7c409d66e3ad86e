import { describe, expect, it } from 'vitest';
import { compileFilter } from '../src/server/filter-eval.js';
import { parseFilter } from '../src/server/filter-parse.js';
import { ScimHttpError } from '../src/server/http-io.js';
import { ENTERPRISE_SCHEMA } from '../src/scim-types.js';

const alice = {
  id: 'Abc-1',
  userName: 'Alice@Example.com',
  active: true,
  name: { givenName: 'Alice', familyName: 'Liddell' },
  emails: [
    { value: 'alice@home.example', type: 'home', primary: false },
    { value: 'alice@work.example', type: 'work', primary: true },
  ],
  [ENTERPRISE_SCHEMA]: { department: 'R&D' },
  meta: { lastModified: '2024-05-01T00:00:00Z' },
};

const matches = (filter: string, resource: Record<string, unknown> = alice): boolean => compileFilter(filter)(resource);

describe('SCIM filters', () => {
  it('compares userName case-insensitively and id case-exactly', () => {
    expect(matches('userName eq "alice@example.com"')).toBe(true);
    expect(matches('USERNAME EQ "ALICE@EXAMPLE.COM"')).toBe(true);
    expect(matches('id eq "Abc-1"')).toBe(true);
    expect(matches('id eq "abc-1"')).toBe(false);
  });

  it('unescapes quoted strings', () => {
    expect(matches('userName eq "a\\"b"', { userName: 'a"b' })).toBe(true);
    expect(matches('userName eq "a\\\\b"', { userName: 'a\\b' })).toBe(true);
  });

  it('supports sub-attributes, value paths and extension URNs', () => {
    expect(matches('name.familyName sw "lid"')).toBe(true);
    expect(matches('emails[type eq "work" and value ew "@work.example"]')).toBe(true);
    expect(matches('emails[type eq "work" and value co "home"]')).toBe(false);
    expect(matches('emails.value eq "alice@home.example"')).toBe(true);
    expect(matches('emails[type eq "work"].value eq "alice@work.example"')).toBe(true);
    expect(matches('emails[type eq "work"].value eq "alice@home.example"')).toBe(false);
    expect(matches(`${ENTERPRISE_SCHEMA}:department eq "r&d"`)).toBe(true);
  });

  it('gives and precedence over or, and honours not and parentheses', () => {
    expect(matches('active eq false and userName pr or id eq "Abc-1"')).toBe(true);
    expect(matches('active eq false and (userName pr or id eq "Abc-1")')).toBe(false);
    expect(matches('not (active eq false)')).toBe(true);
  });

  it('handles presence, ne on absent attributes, and ordered comparisons', () => {
    expect(matches('title pr')).toBe(false);
    expect(matches('title ne "x"')).toBe(true);
    expect(matches('meta.lastModified gt "2024-01-01T00:00:00Z"')).toBe(true);
    expect(matches('meta.lastModified lt "2024-01-01T00:00:00Z"')).toBe(false);
  });

  it('reports bad filters as 400 invalidFilter', () => {
    for (const bad of ['userName eq', 'userName foo "x"', '(userName eq "x"', 'userName eq "x', '', 'emails[type eq "work"']) {
      let caught: unknown;
      try {
        parseFilter(bad);
      } catch (err) {
        caught = err;
      }
      expect(caught, bad).toBeInstanceOf(ScimHttpError);
      expect((caught as ScimHttpError).status).toBe(400);
      expect((caught as ScimHttpError).scimType).toBe('invalidFilter');
    }
  });
});
