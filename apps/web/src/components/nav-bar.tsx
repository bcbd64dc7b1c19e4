import Link from "next/link";
import type { Theme } from "../data/theme.ts";
import { ThemeToggle } from "./theme-toggle.tsx";

export function NavBar({ theme }: { theme: Theme }) {
  return (
    <header className="border-b border-line bg-panel">
      <nav className="mx-auto flex max-w-[1400px] items-center gap-6 px-4 py-2">
        <Link href="/" className="font-semibold tracking-tight">Throtl</Link>
        <Link href="/" className="text-sm text-muted hover:text-fg">Overview</Link>
        <Link href="/fleet" className="text-sm text-muted hover:text-fg">Fleet</Link>
        <Link href="/load" className="text-sm text-muted hover:text-fg">Load</Link>
        <Link href="/snapshots" className="text-sm text-muted hover:text-fg">Snapshots</Link>
        <Link href="/settings" className="text-sm text-muted hover:text-fg">Settings</Link>
        <span className="ml-auto"><ThemeToggle initial={theme} /></span>
      </nav>
    </header>
  );
}
