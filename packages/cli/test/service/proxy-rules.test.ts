import { describe, expect, it } from 'vitest';
import { bypassed, proxyFor } from '../../src/service/proxy.js';
import { resolveEndpoint } from '../../src/service/endpoint.js';

const at = (hostname: string, port = 443) => ({ hostname, port });

describe('NO_PROXY, as Go reads it', () => {
  it('matches a host, its subdomains, IPs, CIDR ranges, ports and *', () => {
    expect(bypassed(at('acme.conductor.one'), 'conductor.one')).toBe(true);
    expect(bypassed(at('acme.conductor.one'), '.conductor.one')).toBe(true);
    expect(bypassed(at('conductor.one'), '.conductor.one')).toBe(true);
    expect(bypassed(at('acme.conductor.one'), 'ductor.one')).toBe(false);
    expect(bypassed(at('10.1.2.3'), '10.0.0.0/8')).toBe(true);
    expect(bypassed(at('11.1.2.3'), '10.0.0.0/8')).toBe(false);
    expect(bypassed(at('10.1.2.3'), '10.1.2.3')).toBe(true);
    expect(bypassed(at('acme.conductor.one', 8443), 'acme.conductor.one:443')).toBe(false);
    expect(bypassed(at('acme.conductor.one', 443), 'example.com, acme.conductor.one:443')).toBe(true);
    expect(bypassed(at('anything.example'), '*')).toBe(true);
    expect(bypassed(at('anything.example'), '')).toBe(false);
  });

  it('prefers HTTPS_PROXY to https_proxy and NO_PROXY to no_proxy, and names a proxy URL it cannot use without echoing its password', () => {
    const endpoint = resolveEndpoint('acme.conductor.one', {});
    expect(proxyFor(endpoint, { HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128' })?.host).toBe('upper');
    expect(proxyFor(endpoint, { https_proxy: 'lower:3128' })).toMatchObject({ host: 'lower', port: 3128, variable: 'https_proxy' });
    expect(proxyFor(endpoint, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com', no_proxy: 'conductor.one' })?.host).toBe('p');
    expect(proxyFor(endpoint, { HTTPS_PROXY: 'http://p:1', no_proxy: 'conductor.one' })).toBeUndefined();
    expect(proxyFor(endpoint, { HTTPS_PROXY: 'http://u:s3cr%40t@p:1' })?.credentials).toBe('u:s3cr@t');
    expect(() => proxyFor(endpoint, { HTTPS_PROXY: 'socks5://u:hunter2@p:1' })).toThrow(/HTTPS_PROXY: only http:\/\/ proxies/);
    try {
      proxyFor(endpoint, { HTTPS_PROXY: 'http://u:hunter2@[bad' });
    } catch (err) {
      expect((err as { problems: string[] }).problems.join()).not.toContain('hunter2');
    }
  });
});
