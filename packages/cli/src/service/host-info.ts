// Who is saying Hello: the host id, the build and the operating system, as ConductorOne shows them.
import { existsSync, readFileSync } from 'node:fs';
import { arch, hostname, platform, release } from 'node:os';
import type { HelloRequest } from './pb.js';

export const HOST_ID_ENV = 'BATON_HOST_ID';

export function hostId(env: NodeJS.ProcessEnv): string {
  const fromEnv = env[HOST_ID_ENV]?.trim();
  if (fromEnv) return fromEnv;
  return safeHostname() || 'baton-scim';
}

export function buildInfo(version: string): NonNullable<HelloRequest['buildInfo']> {
  return { langVersion: `node ${process.version}`, package: 'baton-scim', packageVersion: version };
}

export function osInfo(): NonNullable<HelloRequest['osInfo']> {
  const release_ = osRelease();
  return {
    hostname: safeHostname(),
    os: platform(),
    platform: release_.get('ID') ?? platform(),
    platformVersion: release_.get('VERSION_ID') ?? '',
    platformFamily: (release_.get('ID_LIKE') ?? release_.get('ID') ?? '').split(' ')[0] ?? '',
    kernelVersion: release(),
    kernelArch: arch(),
    virtualizationSystem: existsSync('/.dockerenv') ? 'docker' : existsSync('/var/run/secrets/kubernetes.io') ? 'kubernetes' : 'none',
  };
}

function safeHostname(): string {
  try {
    return hostname();
  } catch {
    return '';
  }
}

/** /etc/os-release names the distribution on Linux; elsewhere the fields stay empty. */
function osRelease(): Map<string, string> {
  const fields = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync('/etc/os-release', 'utf8');
  } catch {
    return fields;
  }
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim());
    if (m?.[1] && m[3] !== undefined) fields.set(m[1], m[3]);
  }
  return fields;
}
