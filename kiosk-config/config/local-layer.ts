/**
 * The kiosk's local config layer: what a technician chose in the maintenance menu on this
 * terminal (device ports and baud rates), on top of the environment. It never travels to central
 * and the fleet's signed config never carries it: a port path belongs to one machine.
 */
import * as z from "zod";

/** The rates both the SAM module and common receipt printers speak. */
export const DEVICE_BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

/**
 * A device path the drivers can open: "sim", a Unix device under /dev (serial, USB printer, or
 * hid:/dev/hidrawN), or a Windows COM port. Nothing else, so a saved layer cannot point a driver
 * at an arbitrary file.
 */
export const DevicePortPath = z
  .string()
  .max(200)
  .regex(
    /^(?:sim|(?:hid:)?\/dev\/[A-Za-z0-9._/:-]+|COM[0-9]{1,3}|\\\\\.\\COM[0-9]{1,3})$/,
    'must be "sim", a /dev/… path, hid:/dev/hidrawN or COMn',
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
