# The e福州 kiosk's watchdog on Windows, run every minute by the scheduled task in
# kiosk-watchdog.xml (as SYSTEM). The Electron main process runs the kiosk's runtime on its UI
# thread, so a main process whose event loop is stuck is one Windows reports as not responding.
# Two checks in a row that say so (a minute apart: one slow moment is not a hang) end it with
# Stop-Process -Force, and Shell Launcher (shell-launcher.xml) starts it again. The resident's
# session was in that process's memory and is gone with it; the outbox is in the store, intact.
$ErrorActionPreference = "Stop"
$state = Join-Path $env:ProgramData "efuzhou-kiosk\watchdog-strikes.txt"
$kiosk = Get-Process -Name "efuzhou-kiosk" -ErrorAction SilentlyContinue |
  Where-Object { $_.MainWindowHandle -ne 0 }
if ($null -eq $kiosk) {
  # Not running (Shell Launcher is restarting it) or no window yet: nothing to judge.
  Set-Content -Path $state -Value 0
  exit 0
}
$strikes = 0
if (Test-Path $state) { $strikes = [int](Get-Content -Path $state) }
if ($kiosk.Responding) {
  Set-Content -Path $state -Value 0
  exit 0
}
$strikes += 1
if ($strikes -ge 2) {
  Write-EventLog -LogName Application -Source "efuzhou-kiosk" -EventId 1001 -EntryType Warning `
    -Message "The kiosk (pid $($kiosk.Id)) did not respond for two checks in a row: ended, for Shell Launcher to restart it."
  Stop-Process -Id $kiosk.Id -Force
  $strikes = 0
}
Set-Content -Path $state -Value $strikes
