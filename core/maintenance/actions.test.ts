import { describe, expect, it } from "vitest";
import { FAULT_KINDS } from "../../drivers/sim/reader/faults";
import { MaintenanceAction } from "../api";

describe("maintenance actions", () => {
  it("offer exactly the simulator's fault kinds", () => {
    const faultOption = MaintenanceAction.options.find((o) => o.shape.kind.value === "sim-reader-fault");
    const offered = faultOption && "fault" in faultOption.shape ? faultOption.shape.fault.options : [];
    expect([...offered].sort()).toEqual([...FAULT_KINDS].sort());
  });
});
