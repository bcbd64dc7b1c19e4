"use client";
import { useState } from "react";
import { nextTheme, THEME_COOKIE, type Theme } from "../data/theme.ts";

const LABEL: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  const cycle = () => {
    const t = nextTheme(theme);
    setTheme(t);
    if (t === "system") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = t;
    document.cookie = `${THEME_COOKIE}=${t}; path=/; max-age=31536000; samesite=lax`;
  };
  return (
    <button type="button" onClick={cycle} className="rounded border border-line px-2 py-1 text-xs text-muted hover:text-fg" aria-label="Switch color theme">
      {LABEL[theme]}
    </button>
  );
}
