// What the two smokes share about the Compose file: container paths mapped to this machine, command
// strings split as Compose splits them, the host-network variant, and the Grafana note.
import type { ComposeFile, ComposeService } from "../compose/compose-file.ts";
import { ROOT } from "../compose/compose-file.ts";

export const GRAFANA_NOTE =
  "Grafana: NOT RUN. No Grafana image can be pulled here and Debian has no Grafana package, so the provisioning and " +
  "dashboards are checked by tests instead (drift, catalog references, every query against a real Prometheus).";

/** A Compose command: a list as is, a string split on whitespace (no quoting in our file). */
export const words = (command: ComposeService["command"]): string[] =>
  command === undefined ? [] : typeof command === "string" ? command.split(/\s+/).filter((w) => w !== "") : [...command];

/**
 * A container path as this machine sees it, through the service's volumes: a bind mount
 * (`./prometheus:/etc/prometheus`) maps into the checkout, a named volume into `volumeDir/<name>`.
 * Paths under no mount, and other arguments, are returned as they are.
 */
export function hostPath(arg: string, service: ComposeService, volumeDir: string): string {
  const mounts = (service.volumes ?? []).map((v) => {
    const [src, dst] = v.split(":") as [string, string];
    return { dst, host: src.startsWith("./") ? `${ROOT}${src.slice(2)}` : src.startsWith("/") ? src : `${volumeDir}/${src}` };
  }).sort((a, b) => b.dst.length - a.dst.length);
  for (const m of mounts) {
    const at = arg.indexOf(m.dst);
    if (at < 0) continue;
    const rest = arg.slice(at + m.dst.length);
    if (rest !== "" && !rest.startsWith("/")) continue;
    return `${arg.slice(0, at)}${m.host}${rest}`;
  }
  return arg;
}

/**
 * The resolved Compose file (`docker-compose config`) on the host's network: only `keep`'s services,
 * no published ports or networks (both refused with host networking), builds without a network.
 * Services then reach each other on 127.0.0.1, which the smoke's environment points them at.
 */
export function hostNetwork(config: ComposeFile, keep: readonly string[]): ComposeFile {
  const services = Object.fromEntries(keep.map((name) => {
    const s = config.services[name];
    if (!s) throw new Error(`the resolved Compose file has no service ${name}`);
    const { ports: _ports, networks: _networks, ...rest } = s;
    const dependsOn = Object.fromEntries(Object.entries(s.depends_on ?? {}).filter(([dep]) => keep.includes(dep)));
    return [name, {
      ...rest,
      network_mode: "host",
      ...(s.depends_on ? { depends_on: dependsOn } : {}),
      ...(s.build ? { build: { ...s.build, network: "none" } } : {}),
    }];
  }));
  const { volumes } = config;
  return { services, ...(volumes ? { volumes } : {}) };
}
