// The version the CLI reports (`--version`, service mode's connector metadata).
export const VERSION = '0.1.0';
