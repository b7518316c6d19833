# Sets a Windows 10/11 IoT Enterprise LTSC machine up as an e福州 kiosk, after the per-machine
# NSIS package is installed. Run once, as administrator, from this folder:
#   powershell -ExecutionPolicy Bypass -File install-kiosk.ps1 -KioskAccount efuzhou-kiosk
# It turns on Shell Launcher, makes the Electron app the kiosk account's shell (restarted on any
# exit: shell-launcher.xml), sets the data folder, and registers the watchdog task
# (kiosk-watchdog.xml). Keyboard Filter and power settings are in docs/operations.md.
param([Parameter(Mandatory = $true)][string]$KioskAccount)
$ErrorActionPreference = "Stop"

Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart | Out-Null

# Data: one folder for the machine, readable only by SYSTEM, administrators and the kiosk account.
$data = Join-Path $env:ProgramData "efuzhou-kiosk"
New-Item -ItemType Directory -Force -Path $data | Out-Null
icacls $data /inheritance:r /grant:r "SYSTEM:(OI)(CI)F" "Administrators:(OI)(CI)F" "${KioskAccount}:(OI)(CI)M" | Out-Null
[Environment]::SetEnvironmentVariable("KIOSK_DATA_DIR", $data, "Machine")

# The watchdog's entries in the Application log.
if (-not [System.Diagnostics.EventLog]::SourceExists("efuzhou-kiosk")) {
  New-EventLog -LogName Application -Source "efuzhou-kiosk"
}

# Shell Launcher v2, through its WMI bridge to the CSP.
$sid = (Get-LocalUser -Name $KioskAccount).SID.Value
$xml = (Get-Content -Raw -Path (Join-Path $PSScriptRoot "shell-launcher.xml")).Replace("KIOSK-ACCOUNT-SID", $sid)
$namespace = "root\cimv2\mdm\dmmap"
$class = "MDM_AssignedAccess"
$escaped = [System.Security.SecurityElement]::Escape($xml)
$instance = Get-CimInstance -Namespace $namespace -ClassName $class
$instance.ShellLauncher = $escaped
Set-CimInstance -CimInstance $instance

# The watchdog script where only administrators and SYSTEM can change it: SYSTEM runs it.
$watchdog = Join-Path $env:ProgramData "efuzhou-kiosk-watchdog"
New-Item -ItemType Directory -Force -Path $watchdog | Out-Null
icacls $watchdog /inheritance:r /grant:r "SYSTEM:(OI)(CI)F" "Administrators:(OI)(CI)F" | Out-Null
Copy-Item -Force (Join-Path $PSScriptRoot "kiosk-watchdog.ps1") $watchdog
schtasks /Create /F /TN "efuzhou-kiosk\watchdog" /XML (Join-Path $PSScriptRoot "kiosk-watchdog.xml") | Out-Null
Write-Output "Done. Sign in as $KioskAccount (or set auto-logon) and restart."
