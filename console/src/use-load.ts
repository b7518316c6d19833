import { useCallback, useEffect, useState } from "react";
import { ApiError } from "./api";

export type Loaded<T> = { state: "loading" } | { state: "error"; error: ApiError } | { state: "ok"; data: T };

const asApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError(0, { code: "network", zh: "无法连接服务", en: String(e) });

/** Loads once per change of `key`, and again on `reload()`; the latest request wins. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setResult({ state: "ok", data }),
      (e: unknown) => live && setResult({ state: "error", error: asApiError(e) }),
    );
    return () => {
      live = false;
    };
    // `key` names everything `load` reads; the function itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);
  return [result, useCallback(() => setTick((t) => t + 1), [])];
}

export { asApiError };
