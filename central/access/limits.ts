/** A count allowed per sliding or fixed window. */
export interface Limit {
  max: number;
  windowMs: number;
}

/** The central service's brakes; every one is counted in the database, so it holds fleet-wide. */
export interface AccessLimits {
  /** `POST /v1/enroll` attempts per client address (fixed window). */
  enroll: Limit;
  /** Failed authentications (401) per client address before further failures get 429. */
  authFailures: Limit;
  /** Distinct residents one kiosk may query in any window of this length. */
  queryResidents: Limit;
}

const TEN_MINUTES = 10 * 60_000;

/**
 * Defaults: a technician enrolls a kiosk in one or two tries; a fleet behind one NAT address
 * fails authentication only when a token was rotated or revoked; a kiosk serves a resident every
 * minute or two, so 20 different residents in 10 minutes is already a busy hall.
 */
export const DEFAULT_LIMITS: AccessLimits = {
  enroll: { max: 10, windowMs: TEN_MINUTES },
  authFailures: { max: 30, windowMs: TEN_MINUTES },
  queryResidents: { max: 20, windowMs: TEN_MINUTES },
};
