// `config`: the connector's configuration fields in the shape of c1.config.v1.Configuration (protojson).
import { envName, FLAGS } from '../options/flags.js';

export function configurationJson(): string {
  const fields = FLAGS.filter((f) => !f.hidden).map((f) => ({
    name: f.name,
    displayName: f.name.split('-').map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' '),
    description: `${f.description} ($${envName(f.name)})`,
    ...(f.secret ? { isSecret: true } : {}),
    ...(f.kind === 'boolean'
      ? { boolField: f.defaultValue === true ? { defaultValue: true } : {} }
      : { stringField: typeof f.defaultValue === 'string' ? { defaultValue: f.defaultValue } : {} }),
  }));
  const constraints = [
    { kind: 'CONSTRAINT_KIND_AT_LEAST_ONE', fieldNames: ['service-provider', 'scim-config', 'scim-config-value'] },
    { kind: 'CONSTRAINT_KIND_MUTUALLY_EXCLUSIVE', fieldNames: ['service-provider', 'scim-config', 'scim-config-value'] },
    { kind: 'CONSTRAINT_KIND_REQUIRED_TOGETHER', fieldNames: ['grant-entitlement', 'grant-principal', 'grant-principal-type'] },
    { kind: 'CONSTRAINT_KIND_REQUIRED_TOGETHER', fieldNames: ['client-id', 'client-secret'] },
    { kind: 'CONSTRAINT_KIND_MUTUALLY_EXCLUSIVE', fieldNames: ['grant-entitlement', 'revoke-grant'] },
  ];
  return JSON.stringify({ fields, constraints }, null, 2);
}
