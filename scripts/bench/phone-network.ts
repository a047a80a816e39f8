import type { CDPSession } from 'playwright-core';

/**
 * A slow 4G phone connection as Chromium's DevTools emulate it: 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up (BENCHMARKS.md, "A member's first screen"). Chromium adds the latency to each
 * response and shapes every byte to the throughput.
 */
export const slow4g = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
} as const;

/** How a measured load is held back: the network, and how many times slower the CPU runs. */
export type PhoneProfile = { name: string; network: typeof slow4g | null; cpuSlowdown: number };

export const phoneProfiles = {
  localhost: { name: 'localhost', network: null, cpuSlowdown: 1 },
  slow4g: { name: 'slow 4G', network: slow4g, cpuSlowdown: 1 },
  slow4gCpu4: { name: 'slow 4G, 4× CPU', network: slow4g, cpuSlowdown: 4 },
} satisfies Record<string, PhoneProfile>;

/** Sets the profile on a page's CDP session; call it before `goto`. */
export async function emulatePhone(cdp: CDPSession, profile: PhoneProfile): Promise<void> {
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpuSlowdown !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  }
}
