import { useEffect, useState } from "react";

/**
 * The console's pages live in the URL's hash (#/fleet, #/kiosk/<id>…): the service serves one
 * index.html and a reload or a shared link opens the same page.
 */
export function useHashRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const [parts, setParts] = useState(read);
  useEffect(() => {
    const onChange = () => setParts(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return parts;
}

export const href = (...parts: string[]): string => `#/${parts.map(encodeURIComponent).join("/")}`;
