/** Something a technician must see: a damaged store that was set aside, a full disk. */
export interface Alert {
  code: "store-recovered" | "disk-full";
  zh: string;
  en: string;
  /** ISO-8601 of the last time it happened. */
  at: string;
}

/**
 * The kiosk's open alerts, in memory: the maintenance menu shows them and the log has each one.
 * In memory because the two that exist are about the disk itself, which may take no more writes.
 */
export class Alerts {
  readonly #byCode = new Map<Alert["code"], Alert>();

  /** Raises (or refreshes) an alert; returns true the first time, so it is logged once. */
  raise(alert: Alert): boolean {
    const fresh = !this.#byCode.has(alert.code);
    this.#byCode.set(alert.code, alert);
    return fresh;
  }

  list(): Alert[] {
    return [...this.#byCode.values()];
  }
}
