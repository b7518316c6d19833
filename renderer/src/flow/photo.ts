/** A photo as the page holds it until submission (base64 JPEG or PNG, never written anywhere). */
export interface HeldPhoto {
  mime: "image/jpeg" | "image/png";
  base64: string;
}
