// Whether a host is this machine: a model served there is no third party (prompts do not leave the machine).

/** Hosts that are this machine: localhost names, 127.0.0.0/8 (also IPv4-mapped), ::1 and 0.0.0.0. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1' || h === '0.0.0.0') return true;
  // 127.0.0.0/8, also as an IPv4-mapped IPv6 address (WHATWG URL writes [::ffff:127.0.0.1] as [::ffff:7f00:1]).
  return /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(h);
}

/** A base URL whose host is not loopback; an unparsable URL cannot be proved local, so it counts as remote. */
export function isRemoteURL(url: string): boolean {
  try {
    return !isLoopbackHost(new URL(url).hostname);
  } catch {
    return true;
  }
}
