import { describe, expect, it } from "vitest";
import { FAULT_KINDS } from "../../drivers/sim/reader/faults";
import { MaintenanceAction, MaintenanceReport } from "../api";

// The fault names travel as data (the report lists them, the action names one) so the simulator's
// FAULT_KINDS stay the only list; core refuses an unknown name (test/kiosk/services.test.ts).
describe("maintenance shapes", () => {
  it("carry every fault kind of the simulator", () => {
    for (const fault of FAULT_KINDS) {
      expect(MaintenanceAction.safeParse({ kind: "sim-reader-fault", fault }).success, fault).toBe(true);
    }
    const simulated = MaintenanceReport.shape.simulated;
    expect(
      simulated.parse({ reader: true, printer: true, readerFaults: [...FAULT_KINDS] }).readerFaults,
    ).toEqual([...FAULT_KINDS]);
  });

  it("refuse an empty or overlong fault name at the door", () => {
    expect(MaintenanceAction.safeParse({ kind: "sim-reader-fault", fault: "" }).success).toBe(false);
    expect(MaintenanceAction.safeParse({ kind: "sim-reader-fault", fault: "x".repeat(41) }).success).toBe(
      false,
    );
  });
});
