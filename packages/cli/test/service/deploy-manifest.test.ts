import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const MANIFEST = new URL('../../../../deploy/kubernetes.yaml', import.meta.url).pathname;

interface Probe { httpGet: { path: string; port: string } }
interface Container {
  env: { name: string; value?: string }[];
  ports: { name: string; containerPort: number }[];
  livenessProbe: Probe;
  readinessProbe: Probe;
}

describe('the Kubernetes manifest', () => {
  it('runs one pod per credential, replaced not rolled, probed on the health server it enables', () => {
    const doc = parse(readFileSync(MANIFEST, 'utf8')) as { spec: { replicas: number; strategy: { type: string }; template: { spec: { containers: Container[] } } } };
    expect(doc.spec.replicas).toBe(1);
    expect(doc.spec.strategy.type).toBe('Recreate');
    const [container] = doc.spec.template.spec.containers;
    if (!container) throw new Error('no container');
    const env = new Map(container.env.map((e) => [e.name, e.value]));
    expect(env.get('BATON_HEALTH_CHECK')).toBe('true');
    expect(env.get('BATON_HEALTH_CHECK_BIND_ADDRESS')).toBe('0.0.0.0');
    const port = container.ports.find((p) => p.name === container.livenessProbe.httpGet.port);
    expect(String(port?.containerPort)).toBe(env.get('BATON_HEALTH_CHECK_PORT'));
    expect(container.livenessProbe.httpGet.path).toBe('/live');
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'health' });
  });
});
