import type { ReactNode } from "react";

/** The panel's bordered section with a small heading. */
export function Card({ title, children, data }: { title: string; children: ReactNode; data?: string }) {
  return (
    <section className="rounded-lg border border-line bg-panel p-3" data-section={data}>
      <h2 className="mb-2 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}
