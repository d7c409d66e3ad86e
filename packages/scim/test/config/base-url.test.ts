// apiEndpoint is a base the connector appends paths and queries to: a query or fragment in it is refused at validation.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadScimConfig } from '../../src/config/load.js';
import { BASE_CONFIG } from '../sync/support.js';

const load = (apiEndpoint: string) => () => loadScimConfig(stringify({ ...BASE_CONFIG, apiEndpoint }), { file: 'p.yaml' });

describe('apiEndpoint', () => {
  it.each(['https://api.example.com/scim/v2/?tenant=1', 'https://api.example.com/scim/v2#users'])('refuses %s naming the key', (url) => {
    expect(load(url)).toThrow(ConfigError);
    expect(load(url)).toThrow(/^p\.yaml: apiEndpoint: must not contain a query \(\?…\) or fragment \(#…\)/);
  });

  it('accepts a plain base URL', () => {
    expect(load('https://api.example.com/scim/v2/')().apiEndpoint).toBe('https://api.example.com/scim/v2/');
  });
});
