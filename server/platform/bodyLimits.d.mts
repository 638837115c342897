// Types of server/platform/bodyLimits.mjs (JavaScript because scripts/cli/serve.mjs imports it).
export const authBodyLimit: number;
export const bodyLimit: number;
export const importBodyLimit: number;
export function bodyLimitFor(url: string): number;
export function describeLimit(limit: number): string;
