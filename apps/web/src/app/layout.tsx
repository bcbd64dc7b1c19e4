import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { NavBar } from "../components/nav-bar.tsx";
import { parseTheme, THEME_COOKIE } from "../data/theme.ts";
import "./globals.css";

export const metadata: Metadata = { title: "Throtl", description: "Performance control panel for LLM inference servers" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme}>
      <body className="min-h-screen font-sans antialiased">
        <NavBar theme={theme} />
        <main className="mx-auto max-w-[1400px] px-4 pb-12">{children}</main>
      </body>
    </html>
  );
}
