"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page every `seconds` while the tab is visible; null: off. */
export function AutoRefresh({ seconds }: { seconds: number | null }) {
  const router = useRouter();
  useEffect(() => {
    if (seconds === null) return;
    const id = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(id);
  }, [seconds, router]);
  return null;
}
