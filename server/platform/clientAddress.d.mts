// Types of server/platform/clientAddress.mjs (JavaScript because scripts/cli/serve.mjs imports it).
import type {BlockList} from 'node:net';
export interface TrustedProxies {
  list: BlockList;
  size: number;
}
export const clientAddressHeader: string;
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function normalizeAddress(address: string): string;
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string;
export function isSecureRequest(
  peer: string | undefined,
  encrypted: boolean,
  forwardedProto: string | undefined,
  trusted: TrustedProxies,
): boolean;
export function isTrustedProxy(trusted: TrustedProxies, address: string): boolean;
export function addressBucket(address: string): string;
