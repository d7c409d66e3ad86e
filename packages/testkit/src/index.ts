// Public API of @baton-scim/testkit.
export {};
