// Public API of @baton-scim/scim.
export {};
