// The closed set of typed override points a provider may supply where YAML cannot say it.
export interface ScimProviderHooks {
  readonly placeholder?: never;
}
