// The one error type testkit throws for bad options, so callers see which option is wrong and how to fix it.

export class TestkitConfigError extends Error {
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.name = 'TestkitConfigError';
    this.option = option;
  }
}

export function requireCount(option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TestkitConfigError(option, `must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireRatio(option: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new TestkitConfigError(option, `must be a number between 0 and 1, got ${JSON.stringify(value)}`);
  }
  return value;
}
