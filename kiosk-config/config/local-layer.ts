/**
 * The kiosk's local config layer: what a technician chose in the maintenance menu on this
 * terminal (device ports and baud rates), on top of the environment. It never travels to central
 * and the fleet's signed config never carries it: a port path belongs to one machine.
 */
import * as z from "zod";

/** The rates both the SAM module and common receipt printers speak. */
export const DEVICE_BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

/**
 * A device path the drivers can open: "sim", an absolute Unix path (a /dev node, or a symlink to
 * one such as /dev/serial/by-id/…), hid:/dev/hidrawN, or a Windows COM port; never a path with
 * "..". Whether it is a character device is checked where it is saved (core/maintenance/
 * device-choice.ts), since only the kiosk can look.
 */
export const DevicePortPath = z
  .string()
  .max(200)
  .regex(
    /^(?:sim|(?:hid:)?\/[A-Za-z0-9._/:-]+|COM[0-9]{1,3})$/,
    'must be "sim", an absolute device path, hid:/dev/hidrawN or COMn',
  )
  .refine((path) => !path.split("/").includes(".."), "must not contain ..");

export const DeviceChoice = z
  .object({
    port: DevicePortPath,
    baudRate: z
      .number()
      .int()
      .refine((n) => (DEVICE_BAUD_RATES as readonly number[]).includes(n), {
        error: `must be one of ${DEVICE_BAUD_RATES.join(", ")}`,
      }),
  })
  .strict();
export type DeviceChoice = z.infer<typeof DeviceChoice>;

export const LocalConfigLayer = z
  .object({
    reader: DeviceChoice.optional(),
    printer: DeviceChoice.optional(),
  })
  .strict();
export type LocalConfigLayer = z.infer<typeof LocalConfigLayer>;
