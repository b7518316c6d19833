import "react";

declare module "react" {
  // Declaration merging must repeat React's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /**
     * Names the element for Chromium's Element Timing API, which records when it was first
     * painted: the bench reads the attract screen's paint time from it.
     */
    elementtiming?: string;
  }
}
