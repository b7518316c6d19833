import {
  BookOpen,
  BookUser,
  Briefcase,
  Building2,
  Handshake,
  House,
  Landmark,
  LayoutGrid,
  Lightbulb,
  type LucideIcon,
  Phone,
  Pill,
  Plane,
  Receipt,
  ShieldCheck,
  Stethoscope,
  TrainFront,
} from "lucide-react";
import type { CategoryIconName } from "../../../kiosk-config/catalog/categories";

/** The drawing for each icon name the catalog may give a category. */
const DRAWINGS: Record<CategoryIconName, LucideIcon> = {
  "shield-check": ShieldCheck,
  briefcase: Briefcase,
  pill: Pill,
  house: House,
  building: Building2,
  "book-user": BookUser,
  plane: Plane,
  "train-front": TrainFront,
  receipt: Receipt,
  handshake: Handshake,
  "book-open": BookOpen,
  stethoscope: Stethoscope,
  landmark: Landmark,
  phone: Phone,
  lightbulb: Lightbulb,
};

const isDrawn = (name: string): name is CategoryIconName => Object.hasOwn(DRAWINGS, name);

/**
 * A category's icon, sized by the surrounding text (1em) and coloured by it. A name this build
 * does not know (a newer catalog) gets a plain grid rather than nothing.
 */
export function CategoryIcon({ name }: { name: string }) {
  const Drawing = isDrawn(name) ? DRAWINGS[name] : LayoutGrid;
  return <Drawing aria-hidden="true" focusable="false" size="1em" strokeWidth={1.75} />;
}
