import type { ConfigDiffLine } from "../../data/snapshots/config-lines.ts";
import { Card } from "./card.tsx";

export function ConfigDiff({ lines }: { lines: readonly ConfigDiffLine[] }) {
  return (
    <Card title="Engine config diff" data="config-diff">
      {lines.length === 0 ? (
        <p className="text-sm text-muted">Same engine settings on both sides (as recorded).</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {lines.map((l) => (
            <li key={l.flag} data-config-flag={l.flag} className="tabular-nums">
              <code className="font-mono" title={l.cli}>{l.flag}</code> <span className="text-muted">{l.base}</span> → <strong>{l.candidate}</strong>
              <span className="ml-2 text-xs text-muted">{l.kind === "changed" ? "" : `${l.kind} · `}{l.origin}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
