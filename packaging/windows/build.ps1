# Build the Windows installer: PyInstaller bundle, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Python py] [-Iscc path] [-ChineseIsl path]
#
# Needs: 64-bit Python 3.11 on Windows 10/11 x64, Inno Setup 6.3+ (ISCC.exe), and the
# unofficial Simplified Chinese messages file ChineseSimplified.isl (see docs/install.md).
# Output: dist\fieldvisit\ (the bundle) and dist\fieldvisit-VERSION-windows-x64-setup.exe.
[CmdletBinding()]
param(
    [string]$Python = "py -3.11",
    [string]$Iscc = "",
    [string]$ChineseIsl = "",
    [switch]$SkipBundle
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$py = $Python.Split(" ")
$pyExe = $py[0]
$pyArgs = @($py | Select-Object -Skip 1)

# The one version, from fieldvisit\__init__.py.
$Version = (& $pyExe @pyArgs packaging\version.py).Trim()
$FileVersion = (& $pyExe @pyArgs packaging\version.py --windows).Trim()
if (-not $Version) { throw "could not read the version from fieldvisit\__init__.py" }
Write-Host "fieldvisit $Version ($FileVersion)"

if (-not $SkipBundle) {
    # A clean venv for the build, so nothing from a developer's environment slips in.
    $venv = Join-Path $Root "build\venv-windows"
    if (-not (Test-Path "$venv\Scripts\python.exe")) {
        Invoke-Checked "venv" { & $pyExe @pyArgs -m venv $venv }
    }
    $vpy = "$venv\Scripts\python.exe"
    Invoke-Checked "pip upgrade" { & $vpy -m pip install --quiet --upgrade pip }
    Invoke-Checked "pip install" { & $vpy -m pip install --quiet -e ".[package]" }
    Invoke-Checked "translations" { & $vpy -m fieldvisit.tools.translations release }
    Invoke-Checked "pyinstaller" {
        & $vpy -m PyInstaller --noconfirm --clean --log-level WARN `
            --distpath dist --workpath build\pyinstaller packaging\fieldvisit.spec
    }
    # The bundle must start before it is packed.
    $got = (& dist\fieldvisit\fieldvisit.exe --version).Trim()
    if ($got -ne "fieldvisit $Version") { throw "bundle prints '$got', expected 'fieldvisit $Version'" }
    if (-not (Test-Path dist\fieldvisit\fieldvisit-gui.exe)) { throw "fieldvisit-gui.exe missing from the bundle" }
}

if ($ChineseIsl) {
    Copy-Item $ChineseIsl (Join-Path $PSScriptRoot "ChineseSimplified.isl") -Force
}
if (-not $Iscc) {
    $cmd = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($cmd) { $Iscc = $cmd.Source }
    else {
        foreach ($dir in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
                           "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
            if (Test-Path "$dir\ISCC.exe") { $Iscc = "$dir\ISCC.exe"; break }
        }
    }
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6.3+) not found; pass -Iscc C:\path\to\ISCC.exe" }

Invoke-Checked "ISCC" {
    & $Iscc "/DMyAppVersion=$Version" "/DMyAppFileVersion=$FileVersion" packaging\windows\fieldvisit.iss
}
$setup = "dist\fieldvisit-$Version-windows-x64-setup.exe"
$size = "{0:N0} MB" -f ((Get-Item $setup).Length / 1MB)
Write-Host "installer: $setup ($size)"
