// The template sites where the content script runs by itself (badge, copy-guard removal):
// the hosts the site rules name, so a new rule file is the one place to add a site.
import { KNOWN_HOSTS, type ExtraSite } from '../rules/index.js';

export { KNOWN_HOSTS };

/** Match patterns for the manifest: the host and its subdomains (www., m.), http and https. */
export function knownSiteMatches(): string[] {
  return KNOWN_HOSTS.map((h) => `*://*.${h}/*`);
}

/** The known host `hostname` is (or is a subdomain of), or null. */
export function knownHostOf(hostname: string): string | null {
  const host = hostname.toLowerCase();
  return KNOWN_HOSTS.find((h) => host === h || host.endsWith(`.${h}`)) ?? null;
}

/** The site the user added that `hostname` is (or is a subdomain of), or null. */
export function extraSiteOf(hostname: string, extra: readonly ExtraSite[]): ExtraSite | null {
  const host = hostname.toLowerCase();
  return extra.find((e) => host === e.host || host.endsWith(`.${e.host}`)) ?? null;
}

/** Match patterns for an added host: it and its subdomains (the permission asked for, the script registered). */
export function hostMatches(host: string): string[] {
  // "*." takes the host itself too; one pattern per scheme, as optional_host_permissions name them.
  return [`http://*.${host}/*`, `https://*.${host}/*`];
}

/** True for a known host or one of its subdomains. */
export function isKnownHost(hostname: string): boolean {
  return knownHostOf(hostname) !== null;
}
