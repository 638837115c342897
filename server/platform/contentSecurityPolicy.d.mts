// Types of server/platform/contentSecurityPolicy.mjs (JavaScript because next.config.js imports it too).
export const cachedPagePolicy: string;
export function noncePolicy(nonce: string): string;
export function createNonce(): string;
export const policyLocales: readonly string[];
export function usesNonce(pathname: string): boolean;
export const cachedPolicySource: string;
