/**
 * The exit code with which the kiosk asks its supervisor to start it again at once: after the web
 * shell switched `current` to a new version (or back to the previous one). 75 is sysexits'
 * EX_TEMPFAIL; the systemd unit restarts on it like on any other exit, and a supervisor may tell
 * it from a crash in its logs.
 */
export const RESTART_EXIT_CODE = 75;
