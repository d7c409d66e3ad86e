// Names what a server did wrong with a provisioning write, and the config change that avoids it.
import type { ConnectorContext } from './context.js';
import type { Drift, ValueChange, WriteForm } from './value-change.js';

export interface Explained {
  readonly behaviour: string;
  readonly advice: string;
}

export function serverBehaviour(ctx: ConnectorContext, c: ValueChange, attribute: string, form: WriteForm, drift: Drift): Explained {
  const key = `provisioning.${c.operation}`;
  const server = ctx.config.apiEndpoint;
  if (drift.lost.length > 0) {
    switch (form) {
      case 'valueList':
        return {
          behaviour: `${server} ignores the value list of a PATCH "remove" of "${attribute}" and removes every value (RFC 7644 §3.5.2.2)`,
          advice: `Set ${key}.style: "replace" (read, remove the one value, replace the list, check) or "filter" if the server takes value filters.`,
        };
      case 'filter':
        return {
          behaviour: `${server} removed more than the value its PATCH path filter selected`,
          advice: `Set ${key}.style: "replace" (read, remove the one value, replace the list, check).`,
        };
      case 'add':
        return {
          behaviour: `${server} replaced "${attribute}" instead of adding to it (it keeps one value per resource)`,
          advice:
            c.operation === 'addUserRole'
              ? `If users hold one role on this server, set ${key}.op: "replace" so a grant replaces the role.`
              : `The server does not append to "${attribute}" with PATCH "add"; it cannot be provisioned safely with this config.`,
        };
      case 'providerApi':
        return {
          behaviour: `${server} changed other group memberships of the user along with the one asked for`,
          advice: 'The provider API did more than one membership change; report it with the provider README\'s details.',
        };
      case 'replaceValue':
      case 'replace':
      case 'put':
        return {
          behaviour: `${server} did not keep the "${attribute}" list it was sent, or another client changed it at the same moment`,
          advice: 'If nothing else writes this resource, the server does not support replacing the list; enable ETags on the server or use another style.',
        };
    }
  }
  if (c.exclusive) {
    return {
      behaviour: `${server} kept other values of "${attribute}" although the grant replaces them (op "replace")`,
      advice: `If users may hold several values here, set ${key}.op: "add".`,
    };
  }
  return {
    behaviour: `${server} added values to "${attribute}" that were not named`,
    advice: `Check which form of ${key} the server supports (README, provisioning section).`,
  };
}
