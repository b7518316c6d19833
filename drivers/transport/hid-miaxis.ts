import { type HidVendorAdapter, sum16 } from "./hid-adapter";

const REPORT = 64;
const REQUEST_FLAG = 0x88;
const RESPONSE_FLAG = 0xaa;
/** Wrapper command "pass a frame to the ID module". */
const PASS_THROUGH = 0xb1;
/** At most 54 SAM bytes travel in one response report. */
const MAX_PAYLOAD = 54;

/**
 * Miaxis (中正) MR-300 / MR-860 family: 64-byte reports, request flag 88 with wrapper command B1,
 * response flag AA with a packet sequence number; lengths and checksums are little-endian.
 * Taken from public Android driver source, not a capture: verify with a USB capture.
 */
export const miaxisAdapter: HidVendorAdapter = {
  name: "Miaxis MR-300/MR-860",
  ids: [
    { vendorId: 0x10c4, productId: 0x0007 },
    { vendorId: 0x203b, productId: 0x0101 },
  ],
  reportSize: REPORT,

  wrap(frame: Uint8Array): Uint8Array[] {
    if (6 + frame.length + 2 > REPORT) {
      throw new RangeError(`a ${frame.length}-byte frame does not fit one Miaxis report`);
    }
    const report = new Uint8Array(REPORT);
    const len = 1 + frame.length;
    report.set([REQUEST_FLAG, 0x00, 0x00, len & 0xff, len >> 8, PASS_THROUGH], 0);
    report.set(frame, 6);
    const sum = sum16(report, 3, 6 + frame.length);
    report[6 + frame.length] = sum & 0xff;
    report[7 + frame.length] = sum >> 8;
    return [report];
  },

  unwrap(report: Uint8Array): Uint8Array | null {
    if (report.length < 10 || report[0] !== RESPONSE_FLAG) return null;
    const len = (report[3] ?? 0) | ((report[4] ?? 0) << 8);
    const m = len - 3;
    if (m < 0 || m > MAX_PAYLOAD || 8 + m + 2 > report.length) return null;
    const sum = (report[8 + m] ?? 0) | ((report[9 + m] ?? 0) << 8);
    if (sum !== sum16(report, 3, 8 + m)) return null;
    return report.slice(8, 8 + m);
  },
};

/** Builds the response reports a Miaxis reader would send for one SAM reply (for tests and simulators). */
export function miaxisResponseReports(samReply: Uint8Array, resultByte = 0x00): Uint8Array[] {
  const reports: Uint8Array[] = [];
  for (let at = 0, seq = 0; at < samReply.length; at += MAX_PAYLOAD, seq++) {
    const chunk = samReply.subarray(at, at + MAX_PAYLOAD);
    const report = new Uint8Array(REPORT);
    const len = 3 + chunk.length;
    report.set([RESPONSE_FLAG, 0x00, 0x00, len & 0xff, len >> 8, resultByte, seq & 0xff, seq >> 8], 0);
    report.set(chunk, 8);
    const sum = sum16(report, 3, 8 + chunk.length);
    report[8 + chunk.length] = sum & 0xff;
    report[9 + chunk.length] = sum >> 8;
    reports.push(report);
  }
  return reports;
}
