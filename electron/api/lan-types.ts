/** A browser on the office LAN paired at the kiosk (device_tokens); the token itself is never shown again. */
export interface LanDevice {
  id: number;
  name: string;
  pairedAt: number;
  /** The supervisor whose pairing code it used. */
  pairedBy: string | null;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

/** 局域网设备: whether the office LAN is served, where, and by which devices. */
export interface LanView {
  enabled: boolean;
  /** False where this program has no LAN listener to start (a backend without a network: tests, the CLI). */
  hosted: boolean;
  listening: boolean;
  port: number;
  /** The addresses other devices open: http://<this machine's LAN IPv4>:<port>. */
  urls: string[];
  /** Why it is not listening though it should be (the port taken). */
  error: string | null;
  devices: LanDevice[];
  /** The pairing code on screen, if any: when it runs out. */
  pairing: { expiresAt: number } | null;
}

/** A one-time pairing code: shown large on the kiosk, typed into the new device's browser. */
export interface PairingCode {
  code: string;
  expiresAt: number;
}
