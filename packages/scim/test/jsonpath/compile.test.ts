import { describe, expect, it } from 'vitest';
import { compilePath } from '../../src/jsonpath/compile.js';
import { JsonPathError } from '../../src/jsonpath/errors.js';

const user = {
  id: '2819c223',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [
    { value: 'bjensen@home.example', type: 'home', primary: false },
    { value: 'babs@work.example', type: 'work', primary: true },
  ],
  'odd key': 'odd value',
  members: [{ $ref: 'https://x.example/Users/1' }],
};

const compile = (path: string) => compilePath(path, { key: 'user.test' });

describe('compilePath: the four documented patterns', () => {
  const cases: [string, unknown, boolean][] = [
    ['id', '2819c223', true],
    ['name.givenName', 'Barbara', true],
    ['emails[0].value', 'bjensen@home.example', true],
    ['emails[?(@.primary==true)].value', 'babs@work.example', false],
  ];
  for (const [path, expected, plain] of cases) {
    it(`reads ${path} with and without "$."`, () => {
      for (const written of [path, `$.${path}`]) {
        const compiled = compile(written);
        expect(compiled.first(user)).toBe(expected);
        expect(compiled.all(user)).toEqual([expected]);
        expect(compiled.plain).toBe(plain);
        expect(compiled.source).toBe(written);
        expect(compiled.normalised).toBe(`$.${path}`);
      }
    });
  }
});

describe('compilePath: general JSONPath', () => {
  it('evaluates filters on other fields, truthiness and allowed methods', () => {
    expect(compile('emails[?(@.type=="home")].value').first(user)).toBe('bjensen@home.example');
    expect(compile('emails[?(@.primary)].value').all(user)).toEqual(['babs@work.example']);
    expect(compile('emails[?(@.value.endsWith("work.example"))].type').first(user)).toBe('work');
  });

  it('evaluates wildcards, slices, script indexes, recursive descent and quoted names', () => {
    expect(compile('emails[*].value').all(user)).toEqual(['bjensen@home.example', 'babs@work.example']);
    expect(compile('emails[-1:].type').all(user)).toEqual(['work']);
    expect(compile('emails[(@.length-1)].type').first(user)).toBe('work');
    expect(compile('$..givenName').all(user)).toEqual(['Barbara']);
    expect(compile("$['odd key']").first(user)).toBe('odd value');
    expect(compile("['odd key']").first(user)).toBe('odd value');
    expect(compile('members[0].$ref').first(user)).toBe('https://x.example/Users/1');
  });

  it('reads the root itself with "$", e.g. role elements that are plain strings', () => {
    expect(compile('$').first('admin')).toBe('admin');
    expect(compile('$').all({ a: 1 })).toEqual([{ a: 1 }]);
  });

  it('lets a filter skip malformed elements instead of failing the record', () => {
    const messy = { emails: [null, 7, { value: 'ok@x.example', primary: true }] };
    expect(compile('emails[?(@.primary==true)].value').all(messy)).toEqual(['ok@x.example']);
  });

  it('keeps results apart when one shared engine serves many paths in turn', () => {
    const primary = compile('emails[?(@.primary==true)].value');
    const types = compile('emails[*].type');
    const other = { emails: [{ value: 'z@z.example', type: 'other', primary: true }] };
    expect([primary.first(user), types.all(other), primary.first(other), types.all(user)]).toEqual([
      'babs@work.example',
      ['other'],
      'z@z.example',
      ['home', 'work'],
    ]);
  });
});

describe('compilePath: missing values', () => {
  const paths = ['name.givenName', 'emails[0].value', 'emails[?(@.primary==true)].value', 'emails[*].value'];
  const records: [string, unknown][] = [
    ['no attribute', { id: '1' }],
    ['null attribute', { id: '1', name: null, emails: null }],
    ['attribute of the wrong shape', { id: '1', name: 'Barbara', emails: 'b@x.example' }],
    ['empty list', { id: '1', emails: [] }],
    ['not an object', 'just a string'],
    ['null record', null],
  ];
  for (const [label, record] of records) {
    it(`gives undefined and [] for ${label}`, () => {
      for (const path of paths) {
        expect(compile(path).first(record)).toBeUndefined();
        expect(compile(path).all(record)).toEqual([]);
      }
    });
  }

  it('returns a present null as a match, so callers can tell "null" from "absent"', () => {
    expect(compile('active').all({ active: null })).toEqual([null]);
    expect(compile('active').all({})).toEqual([]);
  });
});

describe('compilePath: prototype safety', () => {
  it('never reads inherited properties', () => {
    const inherited = Object.create({ name: { givenName: 'Mallory' }, emails: [{ value: 'm@x', primary: true }] }) as object;
    expect(compile('name.givenName').first(inherited)).toBeUndefined();
    expect(compile('emails[?(@.primary==true)].value').all(inherited)).toEqual([]);
    expect(compile('emails[*].value').all(inherited)).toEqual([]);
  });

  it('reads a JSON "__proto__" key only as data, never as the prototype', () => {
    const parsed: unknown = JSON.parse('{"id":"1","name":{"givenName":"Eve"}}');
    expect(compile('name.givenName').first(parsed)).toBe('Eve');
    expect(({} as Record<string, unknown>).givenName).toBeUndefined();
  });

  for (const path of ['toString', 'constructor', '__proto__.polluted', 'name.hasOwnProperty', "$['valueOf']", 'a.prototype']) {
    it(`rejects the Object.prototype name in ${path}`, () => {
      expect(() => compile(path)).toThrowError(/names an Object\.prototype member/);
    });
  }
});

describe('compilePath: rejected at compile time', () => {
  const cases: [string, RegExp][] = [
    ['', /the path is empty/],
    [' id', /leading or trailing spaces/],
    ['name.', /unexpected end of path at character 6, expected a property name/],
    ['emails[0.value', /unclosed "\[" at character 7/],
    ['emails[0]value', /unexpected "v" at character 10/],
    ['emails[?(@.primary==true].value', /unbalanced "\(" at character 9/],
    ['emails[-1].value', /negative index \[-1\].*use a slice such as \[-1:\]/],
    ['emails[a b]', /is not an index, a quoted name/],
    ['first name', /unexpected " " at character 6/],
    ['emails[?(@.primary==)].value', /filter expression "@.primary==" does not parse/],
    ['emails[?(/^(a+)+$/.test(@.value))]', /regular expressions are not allowed/],
    ['emails[?(@.value.match("^(a+)+$"))]', /only these methods may be called/],
    ['emails[?(@.constructor.constructor("return process")())]', /only these methods may be called/],
    ['emails[?(@.constructor.name == "Object")]', /"constructor" names an Object\.prototype member/],
    ['emails[?(@["__proto__"])]', /"__proto__" names an Object\.prototype member/],
    ['emails[?(@.primary = true)]', /assignments are not allowed/],
    ['emails[?(@.a; @.b)]', /separated by ";" are not allowed/],
    ['emails[?(process.exit())]', /only these methods may be called|unknown name "process"/],
    ['emails[?(x == 1)]', /unknown name "x" in filter/],
    ["emails[?(@.value == '(x)')]", /parentheses inside quoted filter values/],
    ["$['a,b'][*]", /contains ","/],
  ];
  for (const [path, message] of cases) {
    it(`rejects ${JSON.stringify(path)}`, () => {
      let caught: unknown;
      try {
        compile(path);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(JsonPathError);
      const err = caught as JsonPathError;
      expect(err.code).toBe('invalid-argument');
      expect(err.key).toBe('user.test');
      expect(err.path).toBe(path);
      expect(err.message.startsWith(`user.test: invalid JSONPath ${JSON.stringify(path)}: `)).toBe(true);
      expect(err.reason).toMatch(message);
    });
  }
});
