import { hostname, networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on the office network (not loopback), read fresh: DHCP may change them. */
export function lanIPv4Addresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
  return [...new Set(found)];
}

/**
 * The Host values the LAN listener answers to: this machine's addresses, its name, and loopback
 * (the kiosk's own browser, and tests). A page on another site that rebinds its DNS to this
 * machine sends its own name as Host, and is refused (DNS rebinding).
 */
export function lanHosts(port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]', hostname().toLowerCase(), ...lanIPv4Addresses()];
  return new Set(names.map((n) => `${n}:${port}`));
}
